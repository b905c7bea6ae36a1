using BuildingBot.Community.Governance;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>One ballot per (matter, household): the unique key is the final guard against a household counting twice.</summary>
internal sealed class MatterBallotConfiguration : IEntityTypeConfiguration<MatterBallot>
{
    public void Configure(EntityTypeBuilder<MatterBallot> builder)
    {
        builder.HasIndex(b => new { b.MatterId, b.HouseholdId }).IsUnique();
        builder.HasOne<Household>().WithMany().HasForeignKey(b => b.HouseholdId).OnDelete(DeleteBehavior.Restrict);
    }
}
