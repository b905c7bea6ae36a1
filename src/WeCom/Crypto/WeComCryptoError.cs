namespace BuildingBot.WeCom.Crypto;

/// <summary>The error codes of WeCom's WXBizMsgCrypt sample, so logs match WeCom's documentation.</summary>
public enum WeComCryptoError
{
    ValidateSignature = -40001,
    ParseXml = -40002,
    ComputeSignature = -40003,
    IllegalAesKey = -40004,
    ValidateReceiveId = -40005,
    EncryptAes = -40006,
    DecryptAes = -40007,
    IllegalBuffer = -40008,
    EncodeBase64 = -40009,
    DecodeBase64 = -40010,
    GenerateReturnXml = -40011,
}
