using BuildingBot.Community.MutualHelp;
using BuildingBot.Community.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>我来帮 answers: one per (post, resident).</summary>
internal sealed class HelpResponseConfiguration : IEntityTypeConfiguration<HelpResponse>
{
    public void Configure(EntityTypeBuilder<HelpResponse> builder)
    {
        builder.HasIndex(r => new { r.PostId, r.ResidentId }).IsUnique();
        builder.HasOne<Resident>().WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
    }
}
