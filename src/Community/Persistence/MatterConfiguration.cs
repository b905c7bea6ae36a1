using System.Text.Json;
using BuildingBot.Community.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>议题: unique number, the closing counts as JSON, optimistic concurrency.</summary>
internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<Matter> builder)
    {
        builder.HasIndex(m => m.Number).IsUnique();
        builder.HasIndex(m => new { m.CompoundId, m.Status });
        builder.Property(m => m.Number).HaveMaxLength32();
        builder.Property(m => m.Title).HasMaxLength(Matter.MaxTitleLength);
        builder.Property(m => m.Text).HasMaxLength(Matter.MaxTextLength);
        builder.Property(m => m.ProposerName).HasMaxLength(64);
        builder.Property(m => m.FiledBy).HasMaxLength(64);
        builder.Property(m => m.ImplementationResult).HasMaxLength(Matter.MaxTextLength);
        builder.Property(m => m.Result).HasMaxLength(1000).HasConversion(
            t => t == null ? null : JsonSerializer.Serialize(t, Json),
            s => s == null ? null : JsonSerializer.Deserialize<VoteTally>(s, Json),
            new ValueComparer<VoteTally?>((a, b) => Equals(a, b), t => t == null ? 0 : t.GetHashCode(), t => t));
        builder.Property(m => m.Revision).IsConcurrencyToken();
        builder.HasOne(m => m.Compound).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Steps).WithOne().HasForeignKey(s => s.MatterId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(m => m.Ballots).WithOne().HasForeignKey(b => b.MatterId).OnDelete(DeleteBehavior.Cascade);
    }
}
