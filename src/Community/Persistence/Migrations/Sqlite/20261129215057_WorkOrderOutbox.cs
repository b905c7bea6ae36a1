using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkOrderOutbox : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WorkOrderEvents_NotifiedAt",
                table: "WorkOrderEvents");

            migrationBuilder.DropColumn(
                name: "NotifiedAt",
                table: "WorkOrderEvents");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NotifiedAt",
                table: "WorkOrderEvents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WorkOrderEvents_NotifiedAt",
                table: "WorkOrderEvents",
                column: "NotifiedAt");
        }
    }
}
