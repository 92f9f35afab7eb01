//! partnerbook library.
