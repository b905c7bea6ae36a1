using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CareVisits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CareTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    VisitIntervalDays = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareTags", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CareVisits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    GridMemberId = table.Column<int>(type: "INTEGER", nullable: false),
                    VisitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    WorkOrderId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CareVisits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CareVisits_GridMembers_GridMemberId",
                        column: x => x.GridMemberId,
                        principalTable: "GridMembers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CareVisits_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CareVisits_WorkOrders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "WorkOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PartyMemberRegistrations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ResidentId = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkplaceBranch = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Post = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegisteredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyMemberRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyMemberRegistrations_Residents_ResidentId",
                        column: x => x.ResidentId,
                        principalTable: "Residents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "HouseholdCareTags",
                columns: table => new
                {
                    HouseholdId = table.Column<int>(type: "INTEGER", nullable: false),
                    CareTagId = table.Column<int>(type: "INTEGER", nullable: false),
                    TaggedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HouseholdCareTags", x => new { x.HouseholdId, x.CareTagId });
                    table.ForeignKey(
                        name: "FK_HouseholdCareTags_CareTags_CareTagId",
                        column: x => x.CareTagId,
                        principalTable: "CareTags",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HouseholdCareTags_Households_HouseholdId",
                        column: x => x.HouseholdId,
                        principalTable: "Households",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CareTags_Name",
                table: "CareTags",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareVisits_GridMemberId_VisitedAt",
                table: "CareVisits",
                columns: new[] { "GridMemberId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CareVisits_HouseholdId_VisitedAt",
                table: "CareVisits",
                columns: new[] { "HouseholdId", "VisitedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CareVisits_SourceKey",
                table: "CareVisits",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CareVisits_WorkOrderId",
                table: "CareVisits",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_HouseholdCareTags_CareTagId",
                table: "HouseholdCareTags",
                column: "CareTagId");

            migrationBuilder.CreateIndex(
                name: "IX_PartyMemberRegistrations_ResidentId",
                table: "PartyMemberRegistrations",
                column: "ResidentId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CareVisits");

            migrationBuilder.DropTable(
                name: "HouseholdCareTags");

            migrationBuilder.DropTable(
                name: "PartyMemberRegistrations");

            migrationBuilder.DropTable(
                name: "CareTags");
        }
    }
}
