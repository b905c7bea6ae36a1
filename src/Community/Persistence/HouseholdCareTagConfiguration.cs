using BuildingBot.Community.Care;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>A household's care tags: one row per (household, tag), gone with either.</summary>
internal sealed class HouseholdCareTagConfiguration : IEntityTypeConfiguration<HouseholdCareTag>
{
    public void Configure(EntityTypeBuilder<HouseholdCareTag> builder)
    {
        builder.HasKey(t => new { t.HouseholdId, t.CareTagId });
        builder.HasIndex(t => t.CareTagId);
        builder.HasOne(t => t.Household).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.CareTag).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
