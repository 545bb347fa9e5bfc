"""The upload-filtering match service (`roomsift serve-matcher`)."""
