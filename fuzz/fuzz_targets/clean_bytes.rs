//! Any bytes, with or without a Content-Type: decoded and cleaned, or a clear error; never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let pipeline = copydesk::Pipeline::default();
    let (content_type, bytes) = match data.split_first() {
        Some((0, rest)) => (Some("text/html; charset=utf-16le"), rest),
        Some((1, rest)) => (Some("text/html; charset=shift_jis"), rest),
        Some((2, rest)) => (Some("text/plain"), rest),
        _ => (None, data),
    };
    let _ = pipeline.clean_bytes(bytes, content_type);
});
