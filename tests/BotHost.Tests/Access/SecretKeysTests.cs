using BuildingBot.BotHost.Access;

namespace BuildingBot.BotHost.Tests.Access;

public class SecretKeysTests
{
    private static readonly string[] Keys = ["first-key-0001", "第二把钥匙"];

    [Theory]
    [InlineData("first-key-0001")]
    [InlineData("第二把钥匙")]
    public void IsAllowed_AcceptsAConfiguredKey_WhateverItsPosition(string key)
    {
        Assert.True(SecretKeys.IsAllowed(key, Keys));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("first-key-000")]
    [InlineData("first-key-00011")]
    [InlineData("FIRST-KEY-0001")]
    [InlineData("第二把钥")]
    [InlineData("first-key-0001 ")]
    public void IsAllowed_RefusesAnythingElse_WhenTheKeyIsNotExactlyAConfiguredOne(string? key)
    {
        Assert.False(SecretKeys.IsAllowed(key, Keys));
    }

    [Fact]
    public void IsAllowed_RefusesALoneSurrogate_EvenWhereItsUtf8ReplacementWouldMatch()
    {
        Assert.False(SecretKeys.IsAllowed("key\uD800", ["key\uFFFD"]));
        Assert.False(SecretKeys.IsAllowed("anything", []));
        Assert.False(SecretKeys.IsAllowed("", [""]));
    }
}
