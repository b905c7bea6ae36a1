using BuildingBot.Community.Volunteering;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Activities, their occurrences, sign-ups and credits; the unique keys are what keep each thing once.</summary>
internal sealed class VolunteeringConfiguration :
    IEntityTypeConfiguration<VolunteerActivity>,
    IEntityTypeConfiguration<ActivityOccurrence>,
    IEntityTypeConfiguration<VolunteerSignUp>,
    IEntityTypeConfiguration<VolunteerCredit>
{
    public void Configure(EntityTypeBuilder<VolunteerActivity> builder)
    {
        builder.Property(a => a.Title).HasMaxLength(50);
        builder.Property(a => a.Place).HasMaxLength(100);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.Property(a => a.Cron).HasMaxLength(100);
        builder.Property(a => a.TimeZone).HasMaxLength(64);
        builder.Property(a => a.TargetCodes).HasMaxLength(1000);
        builder.Property(a => a.SkipDates).HasMaxLength(1000);
    }

    public void Configure(EntityTypeBuilder<ActivityOccurrence> builder)
    {
        builder.HasIndex(o => new { o.ActivityId, o.StartsAt }).IsUnique();
        builder.HasIndex(o => o.CheckInCode);
        builder.Property(o => o.CheckInCode).HasMaxLength(16);
        builder.Property(o => o.Revision).IsConcurrencyToken();
        builder.HasOne(o => o.Activity).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.SignUps).WithOne().HasForeignKey(s => s.OccurrenceId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VolunteerSignUp> builder)
    {
        builder.HasIndex(s => new { s.OccurrenceId, s.ResidentId }).IsUnique();
        builder.HasOne(s => s.Resident).WithMany().OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<VolunteerCredit> builder)
    {
        builder.HasIndex(c => new { c.OccurrenceId, c.ResidentId }).IsUnique();
        builder.HasIndex(c => new { c.HelpPostId, c.ResidentId }).IsUnique();
        builder.HasOne<BuildingBot.Community.MutualHelp.HelpPost>().WithMany().HasForeignKey(c => c.HelpPostId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => c.ResidentId);
        builder.HasOne(c => c.Resident).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActivityOccurrence>().WithMany().HasForeignKey(c => c.OccurrenceId).OnDelete(DeleteBehavior.Cascade);
    }
}
