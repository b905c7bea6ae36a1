using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRateCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents");

            migrationBuilder.AddColumn<long>(
                name: "AcceptedAt",
                table: "WorkOrders",
                type: "INTEGER",
                nullable: true);

            // Orders accepted before this release: the latest 接单 of their current assignee, unless the order is back
            // with that assignee (or the queue) waiting to be accepted again.
            migrationBuilder.Sql("""
                UPDATE "WorkOrders" SET "AcceptedAt" = (
                    SELECT max(e."At") FROM "WorkOrderEvents" AS e
                    WHERE e."WorkOrderId" = "WorkOrders"."Id" AND e."Kind" = 'Accepted' AND e."ToMemberId" = "WorkOrders"."AssigneeId")
                WHERE "Status" NOT IN ('Submitted', 'Assigned');
                """);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Rated",
                table: "WorkOrderEvents",
                column: "At",
                filter: "\"Kind\" = 'Rated'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Rated",
                table: "WorkOrderEvents");

            migrationBuilder.DropColumn(
                name: "AcceptedAt",
                table: "WorkOrders");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents",
                columns: new[] { "Kind", "At" });
        }
    }
}
