using BuildingBot.Community.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>A matter's stages as they happened.</summary>
internal sealed class MatterStepConfiguration : IEntityTypeConfiguration<MatterStep>
{
    public void Configure(EntityTypeBuilder<MatterStep> builder)
    {
        builder.Property(s => s.Minutes).HasMaxLength(MatterStep.MaxMinutesLength);
        builder.Property(s => s.Attachments).HasMaxLength(1000);
        builder.Property(s => s.Note).HasMaxLength(Matter.MaxTextLength);
        builder.Property(s => s.RecordedBy).HasMaxLength(64);
    }
}
