using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

internal static class PropertyBuilderExtensions
{
    /// <summary>Codes and room numbers are short; a tight limit keeps their unique indexes small.</summary>
    public static PropertyBuilder<string> HaveMaxLength32(this PropertyBuilder<string> builder) =>
        builder.HasMaxLength(32);
}
