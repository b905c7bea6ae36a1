using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class UnresolvedMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "UnresolvedMessages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Key = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Context = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Guess = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Confidence = table.Column<double>(type: "double precision", nullable: false),
                    GuessCategory = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LabelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LabelIntent = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LabelCategory = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LabelEntities = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnresolvedMessages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_UnresolvedMessages_Key",
                table: "UnresolvedMessages",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnresolvedMessages_Reason_Id",
                table: "UnresolvedMessages",
                columns: new[] { "Reason", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "UnresolvedMessages");
        }
    }
}
