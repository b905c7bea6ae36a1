using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceRateCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Accepted",
                table: "WorkOrderEvents",
                columns: new[] { "WorkOrderId", "ToMemberId", "At" },
                filter: "\"Kind\" = 'Accepted'");

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
                name: "IX_WorkOrderEvents_Accepted",
                table: "WorkOrderEvents");

            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_Rated",
                table: "WorkOrderEvents");

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_Kind_At",
                table: "WorkOrderEvents",
                columns: new[] { "Kind", "At" });
        }
    }
}
