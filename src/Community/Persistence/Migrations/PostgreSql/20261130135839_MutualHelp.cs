using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class MutualHelp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "OccurrenceId",
                table: "VolunteerCredits",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AddColumn<int>(
                name: "HelpPostId",
                table: "VolunteerCredits",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "HelpPosts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CompoundId = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PosterResidentId = table.Column<int>(type: "integer", nullable: false),
                    What = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WhenText = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    When = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Where = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    PartnerResidentId = table.Column<int>(type: "integer", nullable: true),
                    MatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DoneAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmationAskedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpPosts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpPosts_Compounds_CompoundId",
                        column: x => x.CompoundId,
                        principalTable: "Compounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_HelpPosts_Residents_PartnerResidentId",
                        column: x => x.PartnerResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_HelpPosts_Residents_PosterResidentId",
                        column: x => x.PosterResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpReports_HelpPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "HelpPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpReports_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HelpResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PostId = table.Column<int>(type: "integer", nullable: false),
                    ResidentId = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HelpResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HelpResponses_HelpPosts_PostId",
                        column: x => x.PostId,
                        principalTable: "HelpPosts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HelpResponses_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_VolunteerCredits_HelpPostId_ResidentId",
                table: "VolunteerCredits",
                columns: new[] { "HelpPostId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpPosts_CompoundId_Number",
                table: "HelpPosts",
                columns: new[] { "CompoundId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpPosts_PartnerResidentId",
                table: "HelpPosts",
                column: "PartnerResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpPosts_PosterResidentId",
                table: "HelpPosts",
                column: "PosterResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpPosts_Status_ExpiresAt",
                table: "HelpPosts",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpReports_PostId_ReviewedAt",
                table: "HelpReports",
                columns: new[] { "PostId", "ReviewedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_HelpReports_ResidentId",
                table: "HelpReports",
                column: "ResidentId");

            migrationBuilder.CreateIndex(
                name: "IX_HelpResponses_PostId_ResidentId",
                table: "HelpResponses",
                columns: new[] { "PostId", "ResidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_HelpResponses_ResidentId",
                table: "HelpResponses",
                column: "ResidentId");

            migrationBuilder.AddForeignKey(
                name: "FK_VolunteerCredits_HelpPosts_HelpPostId",
                table: "VolunteerCredits",
                column: "HelpPostId",
                principalTable: "HelpPosts",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_VolunteerCredits_HelpPosts_HelpPostId",
                table: "VolunteerCredits");

            migrationBuilder.DropTable(
                name: "HelpReports");

            migrationBuilder.DropTable(
                name: "HelpResponses");

            migrationBuilder.DropTable(
                name: "HelpPosts");

            migrationBuilder.DropIndex(
                name: "IX_VolunteerCredits_HelpPostId_ResidentId",
                table: "VolunteerCredits");

            migrationBuilder.DropColumn(
                name: "HelpPostId",
                table: "VolunteerCredits");

            migrationBuilder.AlterColumn<int>(
                name: "OccurrenceId",
                table: "VolunteerCredits",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
