//! Any bytes as a WARC archive (plain, or gzip when they start like it): every record is read or an
//! error, never a panic, and nothing longer than the record limit is allocated.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let pipeline = copydesk::Pipeline::default();
    let Ok(responses) = copydesk::warc::WarcResponses::from_reader(std::io::Cursor::new(data.to_vec()))
    else {
        return;
    };
    for response in responses.max_record_bytes(1 << 20) {
        if let Ok(response) = response {
            let _ = response.clean(&pipeline);
        }
    }
});
