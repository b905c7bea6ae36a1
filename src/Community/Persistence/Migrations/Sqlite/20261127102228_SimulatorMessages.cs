using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SimulatorMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SimulatorMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsGroup = table.Column<bool>(type: "INTEGER", nullable: false),
                    SenderId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromBot = table.Column<bool>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Images = table.Column<string>(type: "TEXT", maxLength: 4194304, nullable: true),
                    MentionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Buttons = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimulatorMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SimulatorMessages_ConversationId_Id",
                table: "SimulatorMessages",
                columns: new[] { "ConversationId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SimulatorMessages");
        }
    }
}
