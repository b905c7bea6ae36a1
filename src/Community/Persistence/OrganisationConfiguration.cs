using BuildingBot.Community.Grids;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Party;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Keys of grids, party branches and groups, and of the chats bound to buildings.</summary>
internal sealed class OrganisationConfiguration :
    IEntityTypeConfiguration<Grid>,
    IEntityTypeConfiguration<PartyBranch>,
    IEntityTypeConfiguration<PartyGroup>,
    IEntityTypeConfiguration<BuildingGroup>
{
    public void Configure(EntityTypeBuilder<Grid> builder)
    {
        builder.HasIndex(g => g.Code).IsUnique();
        builder.Property(g => g.Code).HaveMaxLength32();
        builder.HasOne(g => g.Community).WithMany().OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PartyBranch> builder)
    {
        builder.HasIndex(p => p.CompoundId).IsUnique();
        builder.HasOne(p => p.Compound).WithOne(c => c.PartyBranch)
            .HasForeignKey<PartyBranch>(p => p.CompoundId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PartyGroup> builder)
    {
        builder.HasIndex(p => p.BuildingId).IsUnique();
        builder.HasOne(p => p.PartyBranch).WithMany(b => b.Groups).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Building).WithMany().OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<BuildingGroup> builder)
    {
        builder.HasIndex(g => new { g.Channel, g.ChatId }).IsUnique();
        builder.Property(g => g.ChatId).HasMaxLength(128);
        builder.Property(g => g.WebhookKey).HasMaxLength(128);
        builder.Property(g => g.OwnerUserId).HasMaxLength(128);
        builder.HasOne(g => g.Building).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
