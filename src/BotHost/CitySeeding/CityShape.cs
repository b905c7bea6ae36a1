using System.Globalization;

namespace BuildingBot.BotHost.CitySeeding;

/// <summary>The size of the synthetic city `seed-city` writes, and what makes it repeatable (the seed and the last day).</summary>
internal sealed record CityShape
{
    public const string Usage =
        "usage: seed-city [--compounds 2000] [--buildings-per-compound 20] [--households-per-building 40] [--orders 2000000]\n" +
        "                 [--grid-members-per-grid 2] [--seed 17] [--until yyyy-MM-dd] [--append | --force]";

    public int Compounds { get; init; } = 2000;

    public int BuildingsPerCompound { get; init; } = 20;

    public int HouseholdsPerBuilding { get; init; } = 40;

    public int Orders { get; init; } = 2_000_000;

    /// <summary>Members per grid: a leader, then a grid member, a mediator and building captains in turn.</summary>
    public int GridMembersPerGrid { get; init; } = 2;

    public int Seed { get; init; } = 17;

    /// <summary>The order history ends at the start of this day (UTC); the same seed and day write the same rows.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Adds a city to a database that already has places or orders.</summary>
    public bool Append { get; init; }

    /// <summary>A grid per ten buildings of a compound, at least one.</summary>
    public int GridsPerCompound => Math.Max(1, (int)Math.Round(BuildingsPerCompound / 10.0));

    public int UnitsPerBuilding => HouseholdsPerBuilding >= 8 ? 2 : 1;

    public int HouseholdsPerUnit => (HouseholdsPerBuilding + UnitsPerBuilding - 1) / UnitsPerBuilding;

    public int Buildings => Compounds * BuildingsPerCompound;

    public int Grids => Compounds * GridsPerCompound;

    public long Households => (long)Buildings * HouseholdsPerBuilding;

    /// <summary>Communities of ten compounds each.</summary>
    public int Communities => (Compounds + 9) / 10;

    /// <summary>The shape the arguments ask for, or null and the problem.</summary>
    public static (CityShape? Shape, string? Problem) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var shape = new CityShape();
        for (var i = 1; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--append" or "--force")
            {
                shape = shape with { Append = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return (null, $"'{name}' needs a value.");
            }

            var text = args[++i];
            if (name == "--until")
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var until))
                {
                    return (null, $"--until '{text}' is not a date like 2026-11-30.");
                }

                shape = shape with { Until = until };
                continue;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || (number < 1 && name is not ("--orders" or "--seed")))
            {
                return (null, $"{name} '{text}' is not a positive whole number.");
            }

            CityShape? next = name switch
            {
                "--compounds" => shape with { Compounds = number },
                "--buildings-per-compound" => shape with { BuildingsPerCompound = number },
                "--households-per-building" => shape with { HouseholdsPerBuilding = Math.Min(number, 400) },
                "--orders" => shape with { Orders = number },
                "--grid-members-per-grid" => shape with { GridMembersPerGrid = number },
                "--seed" => shape with { Seed = number },
                _ => null,
            };
            if (next is null)
            {
                return (null, $"Unknown option '{name}'.");
            }

            shape = next;
        }

        return (shape, null);
    }
}
