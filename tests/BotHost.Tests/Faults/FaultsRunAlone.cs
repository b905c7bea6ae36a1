namespace BuildingBot.BotHost.Tests.Faults;

/// <summary>
/// The fault-injection tests run alone, one after the other, once the parallel tests are done: they start real
/// processes and servers and measure recovery times, memory and timeouts, which other tests' CPU load on a
/// two-core CI machine would distort (a host that cannot train its model within minutes, a 1 s timeout missed).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FaultsRunAlone
{
    public const string Name = "Faults";
}
