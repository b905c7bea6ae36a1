using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ServiceRateCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_AcceptDueAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_CreatedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ResolvedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "AcceptedAt",
                table: "WorkOrders",
                type: "timestamp with time zone",
                nullable: true);

            // Orders accepted before this release: the latest 接单 of their current assignee, unless the order is back
            // with that assignee (or the queue) waiting to be accepted again. Before the indexes are built again.
            migrationBuilder.Sql("""
                UPDATE "WorkOrders" AS o SET "AcceptedAt" = a."At"
                FROM (SELECT "WorkOrderId", "ToMemberId", max("At") AS "At" FROM "WorkOrderEvents"
                      WHERE "Kind" = 'Accepted' GROUP BY "WorkOrderId", "ToMemberId") AS a
                WHERE a."WorkOrderId" = o."Id" AND a."ToMemberId" = o."AssigneeId" AND o."Status" NOT IN ('Submitted', 'Assigned');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_AcceptDueAt",
                table: "WorkOrders",
                column: "AcceptDueAt")
                .Annotation("Npgsql:IndexInclude", new[] { "AcceptedAt", "Status", "AssigneeId", "GridId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_CreatedAt",
                table: "WorkOrders",
                column: "CreatedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Category", "GridId", "AssigneeId" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ResolvedAt",
                table: "WorkOrders",
                column: "ResolvedAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Status", "ResolveDueAt", "AssigneeId", "GridId", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Rated",
                table: "WorkOrderEvents",
                column: "At",
                filter: "\"Kind\" = 'Rated'")
                .Annotation("Npgsql:IndexInclude", new[] { "Reason", "WorkOrderId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_AcceptDueAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_CreatedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_ResolvedAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Rated",
                table: "WorkOrderEvents");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "WorkOrders");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_AcceptDueAt",
                table: "WorkOrders",
                column: "AcceptDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_CreatedAt",
                table: "WorkOrders",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_ResolvedAt",
                table: "WorkOrders",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents",
                columns: new[] { "Kind", "At" });
        }
    }
}
