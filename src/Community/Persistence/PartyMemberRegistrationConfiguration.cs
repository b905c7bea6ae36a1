using BuildingBot.Community.Party;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>在职党员 registrations: one per resident.</summary>
internal sealed class PartyMemberRegistrationConfiguration : IEntityTypeConfiguration<PartyMemberRegistration>
{
    public void Configure(EntityTypeBuilder<PartyMemberRegistration> builder)
    {
        builder.HasIndex(r => r.ResidentId).IsUnique();
        builder.Property(r => r.WorkplaceBranch).HasMaxLength(PartyMemberRegistration.BranchLength);
        builder.Property(r => r.ConfirmedBy).HasMaxLength(64);
        builder.Ignore(r => r.IsConfirmed);
        builder.HasOne(r => r.Resident).WithMany().OnDelete(DeleteBehavior.Cascade);
    }
}
