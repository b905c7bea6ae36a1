using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>举报 of posts, kept with the reason for staff review.</summary>
internal sealed class HelpReportConfiguration : IEntityTypeConfiguration<HelpReport>
{
    public void Configure(EntityTypeBuilder<HelpReport> builder)
    {
        builder.HasIndex(r => new { r.PostId, r.ReviewedAt });
        builder.Property(r => r.Reason).HasMaxLength(HelpReport.MaxReasonLength);
        builder.Property(r => r.ReviewedBy).HasMaxLength(64);
        builder.HasOne<HelpPost>().WithMany().HasForeignKey(r => r.PostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
