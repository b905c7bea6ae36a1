using BuildingBot.Community.Policies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

internal sealed class PolicyConfiguration : IEntityTypeConfiguration<Policy>, IEntityTypeConfiguration<PolicyVersion>, IEntityTypeConfiguration<Trip>,
    IEntityTypeConfiguration<TopicSubscription>
{
    public void Configure(EntityTypeBuilder<Policy> builder)
    {
        builder.HasIndex(p => new { p.RegionCode, p.Topic });
        builder.Property(p => p.RegionCode).HasMaxLength(12);
        builder.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.PolicyId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<PolicyVersion> builder)
    {
        builder.HasIndex(v => new { v.PolicyId, v.Number }).IsUnique();
        builder.Property(v => v.Title).HasMaxLength(100);
        builder.Property(v => v.Body).HasMaxLength(PolicyVersion.MaxBodyLength);
        builder.Property(v => v.SourceIssuer).HasMaxLength(100);
        builder.Property(v => v.SourceUrl).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<Trip> builder)
    {
        builder.HasIndex(t => t.ResidentId);
        builder.Property(t => t.RegionCode).HasMaxLength(12);
        builder.HasOne(t => t.Resident).WithMany().OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<TopicSubscription> builder)
    {
        builder.HasIndex(s => new { s.BuildingGroupId, s.Topic }).IsUnique();
        builder.HasIndex(s => s.Topic);
        builder.HasOne(s => s.BuildingGroup).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
