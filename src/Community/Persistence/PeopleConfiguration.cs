using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Keys of residents and grid members: one person per channel identity.</summary>
internal sealed class PeopleConfiguration :
    IEntityTypeConfiguration<Resident>,
    IEntityTypeConfiguration<GridMember>
{
    public void Configure(EntityTypeBuilder<Resident> builder)
    {
        builder.HasIndex(r => new { r.Channel, r.ChannelUserId }).IsUnique();
        builder.HasIndex(r => new { r.HouseholdId, r.DisplayName }).IsUnique();

        // The redactor looks names up in every group message (Privacy/Redactor).
        builder.HasIndex(r => r.DisplayName);
        builder.Property(r => r.DisplayName).HasMaxLength(64);
        builder.Property(r => r.ChannelUserId).HasMaxLength(128);
        builder.HasOne(r => r.Household).WithMany(h => h.Residents).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<GridMember> builder)
    {
        builder.HasIndex(m => new { m.Channel, m.ChannelUserId }).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(64);
        builder.Property(m => m.ChannelUserId).HasMaxLength(128);
        builder.HasOne(m => m.Grid).WithMany(g => g.Members).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.CaptainOfBuilding).WithMany().OnDelete(DeleteBehavior.SetNull);
    }
}
