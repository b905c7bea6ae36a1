using System.Globalization;
using BuildingBot.Community.Channels;
using BuildingBot.Community.Grids;
using BuildingBot.Community.Groups;
using BuildingBot.Community.Party;
using BuildingBot.Community.People;
using BuildingBot.Community.Places;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>The city's places and people as streams of entities, each from its own seeded generator.</summary>
internal sealed class CityPlaces(CityLayout layout, DateTimeOffset createdAt)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly CityShape _shape = layout.Shape;

    public IEnumerable<Community.Community> Communities()
    {
        var random = Generator(1);
        for (var i = 0; i < _shape.Communities; i++)
        {
            yield return new Community.Community { Id = layout.Community(i), Name = CityNames.Community(random, layout.Community(i)) };
        }
    }

    public IEnumerable<Compound> Compounds()
    {
        var random = Generator(2);
        for (var i = 0; i < _shape.Compounds; i++)
        {
            var id = layout.Compound(i);
            yield return new Compound { Id = id, CommunityId = layout.Community(i / 10), Code = $"XQ{id:D4}", Name = CityNames.Compound(random) };
        }
    }

    public IEnumerable<Grid> Grids()
    {
        for (var i = 0; i < _shape.Grids; i++)
        {
            var id = layout.Grid(i);
            var compound = i / _shape.GridsPerCompound;
            yield return new Grid
            {
                Id = id, CommunityId = layout.Community(compound / 10), Code = $"WG{id:D5}",
                Name = $"{layout.Compound(compound)}号小区第{(i % _shape.GridsPerCompound) + 1}网格",
            };
        }
    }

    public IEnumerable<Building> Buildings()
    {
        for (var i = 0; i < _shape.Buildings; i++)
        {
            var number = (i % _shape.BuildingsPerCompound) + 1;
            yield return new Building
            {
                Id = layout.Building(i), CompoundId = layout.Compound(i / _shape.BuildingsPerCompound),
                Code = number.ToString(CultureInfo.InvariantCulture), Name = $"{number}幢", GridId = layout.Grid(layout.GridOfBuilding(i)),
            };
        }
    }

    public IEnumerable<Unit> Units()
    {
        for (var i = 0; i < _shape.Buildings * _shape.UnitsPerBuilding; i++)
        {
            yield return new Unit { Id = layout.Unit(i), BuildingId = layout.Building(i / _shape.UnitsPerBuilding), Number = (i % _shape.UnitsPerBuilding) + 1 };
        }
    }

    public IEnumerable<Household> Households()
    {
        for (long i = 0; i < _shape.Households; i++)
        {
            var building = (int)(i / _shape.HouseholdsPerBuilding);
            var (unit, _, room) = layout.RoomOf((int)(i % _shape.HouseholdsPerBuilding));
            yield return new Household
            {
                Id = layout.Household(i), UnitId = layout.Unit((building * _shape.UnitsPerBuilding) + unit - 1), Room = room,
                Code = HouseholdCode.FromStored(Code(layout.Household(i))),
            };
        }
    }

    public IEnumerable<Resident> Residents()
    {
        var random = Generator(3);
        for (long i = 0; i < _shape.Households; i++)
        {
            var id = layout.Resident(i);
            yield return new Resident
            {
                Id = id, HouseholdId = layout.Household(i), DisplayName = ResidentName(id), Channel = ChatChannel.WeCom,
                ChannelUserId = $"city-r{id}", Phone = PhoneNumber.FromStored($"199{id % 100_000_000:D8}"),
                IsPartyMember = random.Next(100) < 8, CreatedAt = createdAt,
            };
        }
    }

    public IEnumerable<GridMember> GridMembers()
    {
        for (var grid = 0; grid < _shape.Grids; grid++)
        {
            var buildings = layout.FirstBuildingOfGrid(grid + 1) - layout.FirstBuildingOfGrid(grid);
            for (var m = 0; m < _shape.GridMembersPerGrid; m++)
            {
                var id = layout.GridMember((grid * _shape.GridMembersPerGrid) + m);
                var role = CityLayout.RoleOf(m);
                yield return new GridMember
                {
                    Id = id, GridId = layout.Grid(grid), Name = MemberName(id), Role = role, Channel = ChatChannel.WeCom,
                    ChannelUserId = $"city-gm{id}", Phone = PhoneNumber.FromStored($"198{id % 100_000_000:D8}"),
                    CaptainOfBuildingId = role == GridMemberRole.BuildingCaptain && m - 3 < buildings
                        ? layout.Building(layout.CaptainsBuilding(grid, m)) : null,
                };
            }
        }
    }

    public IEnumerable<PartyBranch> PartyBranches()
    {
        for (var i = 0; i < _shape.Compounds; i++)
        {
            yield return new PartyBranch { Id = layout.PartyBranch(i), CompoundId = layout.Compound(i), Name = $"XQ{layout.Compound(i):D4}小区党支部" };
        }
    }

    public IEnumerable<PartyGroup> PartyGroups()
    {
        for (var i = 0; i < _shape.Buildings; i++)
        {
            yield return new PartyGroup
            {
                Id = layout.PartyGroup(i), PartyBranchId = layout.PartyBranch(i / _shape.BuildingsPerCompound), BuildingId = layout.Building(i),
                Name = $"{(i % _shape.BuildingsPerCompound) + 1}幢党小组",
            };
        }
    }

    public IEnumerable<BuildingGroup> BuildingGroups()
    {
        for (var i = 0; i < _shape.Buildings; i++)
        {
            var id = layout.BuildingGroup(i);
            yield return new BuildingGroup
            {
                Id = id, BuildingId = layout.Building(i), Channel = ChatChannel.WeCom, ChatId = $"city-chat{id}",
                Name = $"{(i % _shape.BuildingsPerCompound) + 1}幢 业主群", DeliveryMode = DeliveryMode.GroupRobotWebhook,
                WebhookKey = $"city-hook-{id:x8}",
            };
        }
    }

    /// <summary>
    /// A 百姓码 that looks random but is a bijection of the id (odd multipliers and xor-shifts modulo 2^50), so no two households of any
    /// seeded city share one.
    /// </summary>
    private static string Code(long id)
    {
        const ulong mask = (1UL << 50) - 1;
        var value = ((ulong)id * 0x5DEECE66DUL) & mask;
        value ^= value >> 23;
        value = (value * 0x2545F4914F6CDD1DUL) & mask;
        value ^= value >> 25;
        Span<char> code = stackalloc char[HouseholdCode.Length];
        for (var i = HouseholdCode.Length - 1; i >= 0; i--)
        {
            code[i] = Alphabet[(int)(value & 31)];
            value >>= 5;
        }

        return new string(code);
    }

    public string ResidentName(int id) => CityNames.Person(((long)_shape.Seed << 32) + id);

    public string MemberName(int id) => CityNames.Person(((long)(_shape.Seed + 1) << 40) + id);

    private Random Generator(int salt) => new((_shape.Seed * 7919) + salt);
}
