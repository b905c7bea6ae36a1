using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TrainedModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrainedModels",
                columns: table => new
                {
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Intents = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Categories = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Messages = table.Column<int>(type: "INTEGER", nullable: false),
                    TrainedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrainedModels", x => x.Key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrainedModels");
        }
    }
}
