using BuildingBot.Community.Simulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

internal sealed class SimulatorConfiguration : IEntityTypeConfiguration<SimulatorMessage>
{
    public void Configure(EntityTypeBuilder<SimulatorMessage> builder)
    {
        builder.HasIndex(m => new { m.ConversationId, m.Id });
        builder.Property(m => m.ConversationId).HasMaxLength(200);
        builder.Property(m => m.SenderId).HasMaxLength(200);
        builder.Property(m => m.SenderName).HasMaxLength(200);
        builder.Property(m => m.MentionName).HasMaxLength(200);
        builder.Property(m => m.Text).HasMaxLength(4000);
        builder.Property(m => m.Images).HasMaxLength(4 * 1024 * 1024);
        builder.Property(m => m.Buttons).HasMaxLength(4000);
    }
}
