using BuildingBot.Community.Care;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Visits: one per source message; looked up by household (the plan) and by member and time (转工单).</summary>
internal sealed class CareVisitConfiguration : IEntityTypeConfiguration<CareVisit>
{
    public void Configure(EntityTypeBuilder<CareVisit> builder)
    {
        builder.HasIndex(v => v.SourceKey).IsUnique();
        builder.HasIndex(v => new { v.HouseholdId, v.VisitedAt });
        builder.HasIndex(v => new { v.GridMemberId, v.VisitedAt });
        builder.Property(v => v.SourceKey).HasMaxLength(300);
        builder.Property(v => v.Note).HasMaxLength(CareVisit.NoteLength);
        builder.HasOne(v => v.Household).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.GridMember).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkOrder>().WithMany().HasForeignKey(v => v.WorkOrderId).OnDelete(DeleteBehavior.SetNull);
    }
}
