using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
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
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Intents = table.Column<byte[]>(type: "bytea", nullable: false),
                    Categories = table.Column<byte[]>(type: "bytea", nullable: false),
                    Messages = table.Column<int>(type: "integer", nullable: false),
                    TrainedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
