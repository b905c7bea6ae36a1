using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IsGroup = table.Column<bool>(type: "boolean", nullable: false),
                    SenderId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SenderName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromBot = table.Column<bool>(type: "boolean", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Images = table.Column<string>(type: "character varying(4194304)", maxLength: 4194304, nullable: true),
                    MentionName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Buttons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
