using BuildingBot.Community.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> builder)
    {
        builder.HasIndex(b => b.Status);
        builder.Property(b => b.Title).HasMaxLength(100);
        builder.Property(b => b.Text).HasMaxLength(Broadcast.MaxTextLength);
        builder.Property(b => b.ImageUrl).HasMaxLength(1000);
        builder.Property(b => b.TargetCodes).HasMaxLength(1000);
        builder.Property(b => b.Cron).HasMaxLength(100);
        builder.Property(b => b.TimeZone).HasMaxLength(64);
        builder.Property(b => b.CreatedBy).HasMaxLength(64);
    }
}
