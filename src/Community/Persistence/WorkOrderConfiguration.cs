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
        // figures read every order of the city. On PostgreSQL the indexes also carry the columns those counts read
        // (INCLUDE), so a month of the city (80,000 orders) is counted from the index without visiting each order's row
        // (the row visits were most of the time: 170–200 ms a count; SQLite ignores INCLUDE).
        builder.HasIndex(o => o.CreatedAt).IncludeProperties(o => new { o.Category, o.GridId, o.AssigneeId });
        builder.HasIndex(o => o.AcceptDueAt).IncludeProperties(o => new { o.AcceptedAt, o.Status, o.AssigneeId, o.GridId, o.Category });
        builder.HasIndex(o => o.ResolveDueAt);
        builder.HasIndex(o => o.ResolvedAt).IncludeProperties(o => new { o.Status, o.ResolveDueAt, o.AssigneeId, o.GridId, o.Category });

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

        // 满意率 counts the ratings given in a period, and which were 满意 or 基本满意 (the rating word is the event's reason).
        // About one event in twenty; no other count needs an index of every event by (Kind, At).
        builder.HasIndex(e => e.At, "IX_WorkOrderEvents_Rated")
            .HasFilter($"\"Kind\" = '{nameof(WorkOrderEventKind.Rated)}'")
            .IncludeProperties(e => new { e.Reason, e.WorkOrderId });
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
