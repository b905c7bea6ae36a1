using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>邻里互助 posts: number unique per compound, optimistic concurrency, answers owned by the post.</summary>
internal sealed class HelpPostConfiguration : IEntityTypeConfiguration<HelpPost>
{
    public void Configure(EntityTypeBuilder<HelpPost> builder)
    {
        builder.HasIndex(p => new { p.CompoundId, p.Number }).IsUnique();
        builder.HasIndex(p => new { p.Status, p.ExpiresAt });
        builder.HasIndex(p => p.PosterResidentId);
        builder.Property(p => p.Number).HaveMaxLength32();
        builder.Property(p => p.What).HasMaxLength(HelpPost.MaxTextLength);
        builder.Property(p => p.WhenText).HasMaxLength(HelpPost.MaxWhereLength);
        builder.Property(p => p.Where).HasMaxLength(HelpPost.MaxWhereLength);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasOne<Compound>().WithMany().HasForeignKey(p => p.CompoundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Resident>().WithMany().HasForeignKey(p => p.PosterResidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Resident>().WithMany().HasForeignKey(p => p.PartnerResidentId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Responses).WithOne().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
    }
}
