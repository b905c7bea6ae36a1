using BuildingBot.Community.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Keys and relations of community → compound → building → unit → household.</summary>
internal sealed class PlacesConfiguration :
    IEntityTypeConfiguration<Community>,
    IEntityTypeConfiguration<Compound>,
    IEntityTypeConfiguration<Building>,
    IEntityTypeConfiguration<Unit>,
    IEntityTypeConfiguration<Household>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.HasIndex(c => c.Name).IsUnique();
    }

    public void Configure(EntityTypeBuilder<Compound> builder)
    {
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Code).HaveMaxLength32();
        builder.HasOne(c => c.Community).WithMany(c => c.Compounds).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<Building> builder)
    {
        builder.HasIndex(b => new { b.CompoundId, b.Code }).IsUnique();
        builder.Property(b => b.Code).HaveMaxLength32();
        builder.HasOne(b => b.Compound).WithMany(c => c.Buildings).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(b => b.Grid).WithMany(g => g.Buildings).OnDelete(DeleteBehavior.SetNull);
    }

    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.HasIndex(u => new { u.BuildingId, u.Number }).IsUnique();
        builder.HasOne(u => u.Building).WithMany(b => b.Units).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Household> builder)
    {
        builder.HasIndex(h => new { h.UnitId, h.Room }).IsUnique();
        builder.HasIndex(h => h.Code).IsUnique();
        builder.Property(h => h.Room).HaveMaxLength32();
        builder.Property(h => h.FloorArea).HasPrecision(9, 2);
        builder.HasOne(h => h.Unit).WithMany(u => u.Households).OnDelete(DeleteBehavior.Restrict);
    }
}
