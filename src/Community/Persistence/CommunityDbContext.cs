using BuildingBot.Community.Broadcasts;
using BuildingBot.Community.Care;
using BuildingBot.Community.Governance;
using BuildingBot.Community.Grids;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Inbox;
using BuildingBot.Community.Outbox;
using BuildingBot.Community.Party;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;
using BuildingBot.Community.Policies;
using BuildingBot.Community.Simulator;
using BuildingBot.Community.Understanding;
using BuildingBot.Community.Volunteering;
using BuildingBot.Community.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace BuildingBot.Community.Persistence;

/// <summary>
/// The one DbContext of the domain. Each provider has a subclass
/// (<see cref="SqliteCommunityDbContext"/>, <see cref="PostgresCommunityDbContext"/>) only so that
/// each keeps its own migrations; code everywhere else depends on this type.
/// </summary>
public abstract class CommunityDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Community> Communities => Set<Community>();

    public DbSet<Compound> Compounds => Set<Compound>();

    public DbSet<Building> Buildings => Set<Building>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Resident> Residents => Set<Resident>();

    public DbSet<Grid> Grids => Set<Grid>();

    public DbSet<GridMember> GridMembers => Set<GridMember>();

    public DbSet<PartyBranch> PartyBranches => Set<PartyBranch>();

    public DbSet<PartyGroup> PartyGroups => Set<PartyGroup>();

    public DbSet<BuildingGroup> BuildingGroups => Set<BuildingGroup>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<SimulatorMessage> SimulatorMessages => Set<SimulatorMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<WorkOrderReporter> WorkOrderReporters => Set<WorkOrderReporter>();

    public DbSet<WorkOrderEvent> WorkOrderEvents => Set<WorkOrderEvent>();

    public DbSet<RoutingRule> RoutingRules => Set<RoutingRule>();

    public DbSet<Broadcast> Broadcasts => Set<Broadcast>();

    public DbSet<VolunteerActivity> VolunteerActivities => Set<VolunteerActivity>();

    public DbSet<ActivityOccurrence> ActivityOccurrences => Set<ActivityOccurrence>();

    public DbSet<VolunteerSignUp> VolunteerSignUps => Set<VolunteerSignUp>();

    public DbSet<VolunteerCredit> VolunteerCredits => Set<VolunteerCredit>();

    public DbSet<Policy> Policies => Set<Policy>();

    public DbSet<PolicyVersion> PolicyVersions => Set<PolicyVersion>();

    public DbSet<Trip> Trips => Set<Trip>();

    public DbSet<TopicSubscription> TopicSubscriptions => Set<TopicSubscription>();

    public DbSet<UnresolvedMessage> UnresolvedMessages => Set<UnresolvedMessage>();

    public DbSet<Matter> Matters => Set<Matter>();

    public DbSet<MatterStep> MatterSteps => Set<MatterStep>();

    public DbSet<MatterBallot> MatterBallots => Set<MatterBallot>();

    public DbSet<CareTag> CareTags => Set<CareTag>();

    public DbSet<HouseholdCareTag> HouseholdCareTags => Set<HouseholdCareTag>();

    public DbSet<CareVisit> CareVisits => Set<CareVisit>();

    public DbSet<PartyMemberRegistration> PartyMemberRegistrations => Set<PartyMemberRegistration>();

    public DbSet<MutualHelp.HelpPost> HelpPosts => Set<MutualHelp.HelpPost>();

    public DbSet<MutualHelp.HelpResponse> HelpResponses => Set<MutualHelp.HelpResponse>();

    public DbSet<MutualHelp.HelpReport> HelpReports => Set<MutualHelp.HelpReport>();

    public DbSet<TrainedModel> TrainedModels => Set<TrainedModel>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommunityDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<HouseholdCode>().HaveConversion<HouseholdCodeConverter>()
            .HaveMaxLength(HouseholdCode.Length);
        configurationBuilder.Properties<PhoneNumber>().HaveConversion<PhoneNumberConverter>().HaveMaxLength(20);
        configurationBuilder.Properties<string>().HaveMaxLength(200);
    }
}
