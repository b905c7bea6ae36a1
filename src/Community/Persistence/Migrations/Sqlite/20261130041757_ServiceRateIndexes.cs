using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRateIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_WorkOrders_ResolveDueAt",
                table: "WorkOrders",
                column: "ResolveDueAt");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents",
                columns: new[] { "Kind", "At" });
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
                name: "IX_WorkOrders_ResolveDueAt",
                table: "WorkOrders");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents");
        }
    }
}
