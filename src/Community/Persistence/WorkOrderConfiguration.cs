using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Work orders, their reporters and timeline, and the routing rules.</summary>
internal sealed class WorkOrderConfiguration :
    IEntityTypeConfiguration<WorkOrder>,
    IEntityTypeConfiguration<WorkOrderReporter>,
    IEntityTypeConfiguration<WorkOrderEvent>,
    IEntityTypeConfiguration<RoutingRule>
{
    /// <summary>Photos may be data URLs from the simulator (images up to 1 MB).</summary>
    private const int MaxPhotoLength = 1_500_000;

    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => o.SourceKey).IsUnique();
        builder.HasIndex(o => new { o.AssigneeId, o.Status });
        builder.HasIndex(o => new { o.BuildingId, o.Category, o.Status });
        builder.HasIndex(o => o.Status);

        // The 三率 and the volumes (Reports/ServiceRateQuery) select orders by these instants; without them a week's
        // figures read every order of the city.
        builder.HasIndex(o => o.CreatedAt);
        builder.HasIndex(o => o.AcceptDueAt);
        builder.HasIndex(o => o.ResolveDueAt);
        builder.HasIndex(o => o.ResolvedAt);

        // Orders still unresolved, by their resolve deadline: the 三率's "overdue and still open" count. Without it that
        // count walks every unresolved order's row (270 ms for a city's month; 2 ms with it).
        builder.HasIndex(o => o.ResolveDueAt, "IX_WorkOrders_ResolveDueAt_Unresolved").HasFilter("\"ResolvedAt\" IS NULL");

        // The deadline sweep's minute-by-minute question: which orders may have a checkpoint due now.
        builder.HasIndex(o => o.NextCheckpointAt, "IX_WorkOrders_NextCheckpointAt").HasFilter("\"NextCheckpointAt\" IS NOT NULL");
        builder.Property(o => o.Number).HasMaxLength(32);
        builder.Property(o => o.SourceKey).HasMaxLength(300);
        builder.Property(o => o.Description).HasMaxLength(WorkOrder.MaxDescriptionLength);
        builder.Property(o => o.Room).HasMaxLength(32);
        builder.Property(o => o.RoutingReason).HasMaxLength(500);
        builder.Property(o => o.Resolution).HasMaxLength(WorkOrder.MaxDescriptionLength);
        builder.Property(o => o.RatingComment).HasMaxLength(WorkOrder.MaxDescriptionLength);
        builder.Property(o => o.PhotoUrl).HasMaxLength(MaxPhotoLength);
        builder.Property(o => o.ResolutionPhotoUrl).HasMaxLength(MaxPhotoLength);
        builder.Property(o => o.Revision).IsConcurrencyToken();
        builder.HasOne(o => o.Building).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Reporter).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Grid).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(o => o.Assignee).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(o => o.Reporters).WithOne().HasForeignKey(r => r.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.Events).WithOne(e => e.WorkOrder).HasForeignKey(e => e.WorkOrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(o => o.IsOpen);
    }

    public void Configure(EntityTypeBuilder<WorkOrderReporter> builder)
    {
        builder.HasIndex(r => new { r.WorkOrderId, r.ResidentId }).IsUnique();
        builder.HasOne(r => r.Resident).WithMany().HasForeignKey(r => r.ResidentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<WorkOrderEvent> builder)
    {
        builder.HasIndex(e => e.ActionKey).IsUnique();

        // 满意率 counts the ratings given in a period (Reports/ServiceRateQuery).
        builder.HasIndex(e => new { e.Kind, e.At });
        builder.Property(e => e.ActionKey).HasMaxLength(300);
        builder.Property(e => e.ActorName).HasMaxLength(64);
        builder.Property(e => e.Reason).HasMaxLength(WorkOrder.MaxDescriptionLength);
    }

    public void Configure(EntityTypeBuilder<RoutingRule> builder)
    {
        builder.HasIndex(r => new { r.CompoundId, r.Category }).IsUnique();
        builder.HasOne(r => r.Compound).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
