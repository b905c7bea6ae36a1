using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BuildingBot.Community.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class DurableQueues : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "LeaseToken",
                table: "OutboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "LeaseToken",
                table: "InboxMessages",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "NextAttemptAt",
                table: "InboxMessages",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "State",
                table: "InboxMessages",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TargetKey",
                table: "InboxMessages",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_State_NextAttemptAt",
                table: "InboxMessages",
                columns: new[] { "State", "NextAttemptAt" });

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_TargetKey_State_Id",
                table: "InboxMessages",
                columns: new[] { "TargetKey", "State", "Id" });

            // Rows stored before: a state from Handled (dead-lettered when the old queue gave up on them), due at once,
            // each its own target (their conversation is in the payload only); delivered outbox rows are Done.
            migrationBuilder.Sql("""
                UPDATE "InboxMessages" SET
                    "State" = CASE WHEN NOT "Handled" THEN 'Pending' WHEN "LastError" IS NOT NULL AND "Attempts" >= 5 THEN 'DeadLettered' ELSE 'Done' END,
                    "NextAttemptAt" = "CreatedAt",
                    "TargetKey" = "Key";
                UPDATE "OutboxMessages" SET "State" = 'Done' WHERE "State" = 'Delivered';
                """);

            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_Handled_Id",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "FollowUp",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "Handled",
                table: "InboxMessages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_State_NextAttemptAt",
                table: "InboxMessages");

            migrationBuilder.DropIndex(
                name: "IX_InboxMessages_TargetKey_State_Id",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "LeaseToken",
                table: "OutboxMessages");

            migrationBuilder.DropColumn(
                name: "LeaseToken",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "NextAttemptAt",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "State",
                table: "InboxMessages");

            migrationBuilder.DropColumn(
                name: "TargetKey",
                table: "InboxMessages");

            migrationBuilder.AddColumn<string>(
                name: "FollowUp",
                table: "InboxMessages",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Handled",
                table: "InboxMessages",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateIndex(
                name: "IX_InboxMessages_Handled_Id",
                table: "InboxMessages",
                columns: new[] { "Handled", "Id" });
        }
    }
}
