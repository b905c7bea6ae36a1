using BuildingBot.Community.Care;
using Microsoft.Extensions.DependencyInjection;

namespace BuildingBot.Community.Tests.Care;

public class VisitCoverageTests
{
    [Fact]
    public async Task Compute_CountsTaggedOnTimeDueAndOverdueHouseholdsPerGrid_AsComputedByHand()
    {
        await using var care = await CareArrangement.CreateAsync();
        await care.TagAsync(await care.HouseholdAsync("1", "101", "XF02"), "残疾人");

        var coverage = await care.WithAsync(s => s.GetRequiredService<VisitCoverage>().ComputeAsync(null, CareArrangement.At(11, 30), default));

        // G01: 3-1-301 not due until 12-05 (on time); 2-1-101 due today; 1-1-101 (11-20) and 1-1-102 (11-27) overdue.
        // G02: 1-1-101 of 和平里 tagged 11-20, never visited: overdue. G03: nothing tagged.
        Assert.Equal(
            [("G01", 4, 1, 1, 2, (double?)25.0), ("G02", 1, 0, 0, 1, 0.0), ("G03", 0, 0, 0, 0, null)],
            coverage.Select(c => (c.GridName == "幸福家园网格" ? "G01" : c.GridName == "和平里第一网格" ? "G02" : "G03", c.Households, c.OnTime, c.DueToday, c.Overdue, c.Percent)));
    }

    [Fact]
    public async Task Compute_OfOneGrid_HoldsOnlyThatGrid()
    {
        await using var care = await CareArrangement.CreateAsync();
        var first = (await care.WithAsync(s => s.GetRequiredService<VisitCoverage>().ComputeAsync(null, CareArrangement.At(11, 30), default)))[0];

        var only = await care.WithAsync(s => s.GetRequiredService<VisitCoverage>().ComputeAsync(first.GridId, CareArrangement.At(12, 6), default));

        // On 12-06 3-1-301 (due 12-05) is overdue too.
        Assert.Equal([(4, 0, 0, 4)], only.Select(c => (c.Households, c.OnTime, c.DueToday, c.Overdue)));
    }
}
