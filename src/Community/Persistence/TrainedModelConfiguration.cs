using BuildingBot.Community.Understanding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BuildingBot.Community.Persistence;

/// <summary>Trained understanding models, one row per corpus version.</summary>
internal sealed class TrainedModelConfiguration : IEntityTypeConfiguration<TrainedModel>
{
    public void Configure(EntityTypeBuilder<TrainedModel> builder)
    {
        builder.HasKey(m => m.Key);
        builder.Property(m => m.Key).HasMaxLength(TrainedModel.MaxKeyLength);
    }
}
