using BuildingBot.Community.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

internal sealed class UnresolvedMessageConfiguration : IEntityTypeConfiguration<UnresolvedMessage>
{
    public void Configure(EntityTypeBuilder<UnresolvedMessage> builder)
    {
        builder.HasIndex(m => m.Key).IsUnique();
        builder.HasIndex(m => new { m.Reason, m.Id });
        builder.Property(m => m.Key).HasMaxLength(32);
        builder.Property(m => m.Text).HasMaxLength(UnresolvedMessage.TextLength);
        builder.Property(m => m.Role).HasMaxLength(16);
        builder.Property(m => m.Context).HasMaxLength(16);
        builder.Property(m => m.Guess).HasMaxLength(32);
        builder.Property(m => m.GuessCategory).HasMaxLength(32);
        builder.Property(m => m.LabelIntent).HasMaxLength(32);
        builder.Property(m => m.LabelCategory).HasMaxLength(32);
        builder.Property(m => m.LabelEntities).HasMaxLength(1000);
    }
}
