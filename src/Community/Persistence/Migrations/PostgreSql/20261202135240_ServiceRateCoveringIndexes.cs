using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ServiceRateCoveringIndexes : Migration
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

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_AcceptDueAt",
                table: "WorkOrders",
                column: "AcceptDueAt")
                .Annotation("Npgsql:IndexInclude", new[] { "Id", "Status", "AssigneeId", "GridId", "Category" });

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
                name: "IX_WorkOrderEvents_Accepted",
                table: "WorkOrderEvents",
                columns: new[] { "WorkOrderId", "ToMemberId", "At" },
                filter: "\"Kind\" = 'Accepted'");

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
                name: "IX_WorkOrderEvents_Accepted",
                table: "WorkOrderEvents");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Rated",
                table: "WorkOrderEvents");

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
