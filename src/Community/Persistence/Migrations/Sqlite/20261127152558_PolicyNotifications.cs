using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PolicyNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NotifiedAt",
                table: "PolicyVersions",
                type: "INTEGER",
                nullable: true);

            // Versions saved before this column existed were told when they were saved: the sweep must not push them again.
            migrationBuilder.Sql("UPDATE \"PolicyVersions\" SET \"NotifiedAt\" = \"CreatedAt\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "NotifiedAt",
                table: "PolicyVersions");
        }
    }
}
