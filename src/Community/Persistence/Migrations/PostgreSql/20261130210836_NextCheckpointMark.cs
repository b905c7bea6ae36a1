using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class NextCheckpointMark : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextCheckpointAt",
                table: "WorkOrders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrders_NextCheckpointAt",
                table: "WorkOrders",
                column: "NextCheckpointAt",
                filter: "\"NextCheckpointAt\" IS NOT NULL");

            // Orders waiting for a checkpoint are marked from their phase's start (no checkpoint comes before it); the
            // first sweep raises each mark to the order's next pending checkpoint.
            migrationBuilder.Sql(
                "UPDATE \"WorkOrders\" SET \"NextCheckpointAt\" = \"PhaseStartedAt\" WHERE \"Status\" IN ('Assigned', 'Accepted', 'Resolved')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrders_NextCheckpointAt",
                table: "WorkOrders");

            migrationBuilder.DropColumn(
                name: "NextCheckpointAt",
                table: "WorkOrders");
        }
    }
}
