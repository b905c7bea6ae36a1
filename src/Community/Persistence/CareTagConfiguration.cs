using BuildingBot.Community.Care;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Care tags: unique names.</summary>
internal sealed class CareTagConfiguration : IEntityTypeConfiguration<CareTag>
{
    public void Configure(EntityTypeBuilder<CareTag> builder)
    {
        builder.HasIndex(t => t.Name).IsUnique();
        builder.Property(t => t.Name).HasMaxLength(CareTag.NameLength);
    }
}
