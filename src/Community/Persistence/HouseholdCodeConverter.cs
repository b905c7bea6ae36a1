using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BuildingBot.Community.Persistence;

internal sealed class HouseholdCodeConverter() : ValueConverter<HouseholdCode, string>(
    code => code.Value,
    value => HouseholdCode.FromStored(value));
