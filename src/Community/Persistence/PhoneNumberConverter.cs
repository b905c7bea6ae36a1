using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BuildingBot.Community.Persistence;

internal sealed class PhoneNumberConverter() : ValueConverter<PhoneNumber, string>(
    phone => phone.Reveal(),
    value => PhoneNumber.FromStored(value));
