//! Which face draws a character: the bundled Noto Sans for Latin, Greek and
//! Cyrillic, then the faces a plan names (`pack.fonts`: font files, or installed
//! families), then the system's fonts, found the way fontconfig finds them and
//! ranked so that the document language's glyph variants come first (Japanese forms
//! for `ja`), then Noto Sans, then other sans-serif faces.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError, RwLock};

use rustybuzz::ttf_parser;

use super::face::Face;
use super::fonts::Weight;
use super::PdfError;

/// A font file a plan names: a label for messages (its path) and its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FontFile {
    /// Where the file is, as the plan writes it.
    pub label: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// What the pack may draw with beyond the bundled face.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FontOptions {
    /// Font files (`pack.fonts` entries that are files), in the order given.
    pub files: Vec<FontFile>,
    /// Installed families by name (`pack.fonts` entries that are names).
    pub families: Vec<String>,
    /// The document's language (BCP 47): ranks the system's faces and picks glyph
    /// variants when shaping.
    pub lang: String,
    /// Whether the system's fonts are the last fallback.
    pub system: bool,
}

impl Default for FontOptions {
    fn default() -> FontOptions {
        FontOptions {
            files: Vec::new(),
            families: Vec::new(),
            lang: "en-US".to_string(),
            system: true,
        }
    }
}

/// Index of a face in [`Faces`]; 0 and 1 are the bundled regular and bold.
pub(crate) type FaceId = u16;

/// Every face a render may use, loaded as characters need them.
pub(crate) struct Faces {
    list: RwLock<Vec<Arc<Face>>>,
    /// The bundled face and the plan's faces, per weight (regular, bold), in order.
    chains: [Vec<FaceId>; 2],
    system: Option<Mutex<System>>,
    by_char: RwLock<HashMap<(char, Weight), Option<FaceId>>>,
}

/// The system's faces, ranked, and those loaded so far.
struct System {
    db: fontdb::Database,
    ranked: Vec<fontdb::ID>,
    loaded: HashMap<fontdb::ID, FaceId>,
}

impl Faces {
    /// The bundled faces, the files and families of `opts`, and (when `opts.system`)
    /// the system's fonts as a last resort, loaded on first need.
    pub(crate) fn new(opts: &FontOptions) -> Result<Faces, PdfError> {
        let bundled = |bytes: &'static [u8], name: &'static str| {
            Face::parse(Cow::Borrowed(bytes), 0).ok_or(PdfError::Font(name))
        };
        let mut list = vec![
            Arc::new(bundled(notosans::REGULAR_TTF, "Noto Sans Regular")?),
            Arc::new(bundled(notosans::BOLD_TTF, "Noto Sans Bold")?),
        ];
        let mut chains = [vec![0], vec![1]];
        for file in &opts.files {
            let face = Face::parse(Cow::Owned(file.bytes.clone()), 0)
                .ok_or_else(|| PdfError::FontFile(file.label.clone()))?;
            let id = push(&mut list, face);
            let weight = usize::from(list[usize::from(id)].metrics.bold);
            chains[weight].push(id);
            if weight == 0 {
                // a regular face also draws bold text its family has no bold for
                chains[1].push(id);
            }
        }
        let mut system = opts.system.then(|| System::new(&opts.lang));
        for family in &opts.families {
            let sys = system.get_or_insert_with(|| System::new(&opts.lang));
            let (regular, bold) = sys
                .family(family, &mut list)
                .ok_or_else(|| PdfError::FontFamily(family.clone()))?;
            chains[0].push(regular);
            chains[1].push(bold.unwrap_or(regular));
        }
        // a family named in the plan but system fonts off: the database served the
        // names only
        if !opts.system {
            system = None;
        }
        Ok(Faces {
            list: RwLock::new(list),
            chains,
            system: system.map(Mutex::new),
            by_char: RwLock::new(HashMap::new()),
        })
    }

    /// The face `id`.
    pub(crate) fn get(&self, id: FaceId) -> Arc<Face> {
        let list = self.list.read().unwrap_or_else(PoisonError::into_inner);
        Arc::clone(&list[usize::from(id).min(list.len() - 1)])
    }

    /// Every face loaded so far, in id order.
    pub(crate) fn all(&self) -> Vec<Arc<Face>> {
        self.list
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// The face that draws `ch` at `weight`, `None` when no available face has it.
    pub(crate) fn face_for(&self, ch: char, weight: Weight) -> Option<FaceId> {
        let key = (ch, weight);
        if let Some(hit) = self
            .by_char
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&key)
        {
            return *hit;
        }
        let found = self.find(ch, weight);
        self.by_char
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(key, found);
        found
    }

    fn find(&self, ch: char, weight: Weight) -> Option<FaceId> {
        let chain = &self.chains[usize::from(weight == Weight::Bold)];
        {
            let list = self.list.read().unwrap_or_else(PoisonError::into_inner);
            if let Some(id) = chain
                .iter()
                .copied()
                .find(|id| list[usize::from(*id)].has(ch))
            {
                return Some(id);
            }
        }
        let mut sys = self
            .system
            .as_ref()?
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let mut list = self.list.write().unwrap_or_else(PoisonError::into_inner);
        sys.face_for(ch, weight, &mut list)
    }
}

fn push(list: &mut Vec<Arc<Face>>, face: Face) -> FaceId {
    list.push(Arc::new(face));
    FaceId::try_from(list.len() - 1).unwrap_or(FaceId::MAX)
}

impl System {
    fn new(lang: &str) -> System {
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        let ranked = rank(&db, lang);
        System {
            db,
            ranked,
            loaded: HashMap::new(),
        }
    }

    /// The regular and (if the family has one) bold face of an installed family.
    fn family(
        &mut self,
        name: &str,
        list: &mut Vec<Arc<Face>>,
    ) -> Option<(FaceId, Option<FaceId>)> {
        let families = [fontdb::Family::Name(name)];
        let query = |weight| fontdb::Query {
            families: &families,
            weight,
            stretch: fontdb::Stretch::Normal,
            style: fontdb::Style::Normal,
        };
        let regular = self.db.query(&query(fontdb::Weight::NORMAL))?;
        let regular = self.load(regular, list)?;
        let bold = self
            .db
            .query(&query(fontdb::Weight::BOLD))
            .filter(|id| self.db.face(*id).is_some_and(|f| f.weight.0 >= 600))
            .and_then(|id| self.load(id, list));
        Some((regular, bold))
    }

    fn load(&mut self, id: fontdb::ID, list: &mut Vec<Arc<Face>>) -> Option<FaceId> {
        if let Some(face) = self.loaded.get(&id) {
            return Some(*face);
        }
        let face = self.db.with_face_data(id, |data, index| {
            Face::parse(Cow::Owned(data.to_vec()), index)
        })??;
        let face = push(list, face);
        self.loaded.insert(id, face);
        Some(face)
    }

    /// The first ranked system face that draws `ch`; for bold, its family's bold face
    /// when that has the character too.
    fn face_for(&mut self, ch: char, weight: Weight, list: &mut Vec<Arc<Face>>) -> Option<FaceId> {
        let hit = self
            .ranked
            .iter()
            .copied()
            .find(|id| self.covers(*id, ch, list))?;
        if weight == Weight::Bold {
            if let Some(bold) = self.bold_of(hit) {
                if self.covers(bold, ch, list) {
                    return self.load(bold, list);
                }
            }
        }
        self.load(hit, list)
    }

    fn covers(&self, id: fontdb::ID, ch: char, list: &[Arc<Face>]) -> bool {
        if let Some(face) = self.loaded.get(&id) {
            return list[usize::from(*face)].has(ch);
        }
        self.db
            .with_face_data(id, |data, index| {
                ttf_parser::Face::parse(data, index).ok().is_some_and(|f| {
                    let outlines = f.tables().glyf.is_some() || f.tables().cff.is_some();
                    outlines && f.glyph_index(ch).is_some_and(|g| g.0 != 0)
                })
            })
            .unwrap_or(false)
    }

    /// The bold face of `id`'s family, if it has one.
    fn bold_of(&self, id: fontdb::ID) -> Option<fontdb::ID> {
        let info = self.db.face(id)?;
        let family = info.families.first()?.0.clone();
        self.db
            .faces()
            .filter(|f| {
                f.families.first().is_some_and(|(n, _)| *n == family)
                    && f.style == info.style
                    && (600..=800).contains(&f.weight.0)
            })
            .min_by_key(|f| (f.weight.0.abs_diff(700), f.post_script_name.clone()))
            .map(|f| f.id)
    }
}

/// Families whose glyph forms are the language's own, best first.
fn preferred(lang: &str) -> &'static [&'static str] {
    let tag = lang.to_ascii_lowercase();
    let language = tag.split(['-', '_']).next().unwrap_or("");
    match language {
        "ja" => &[
            "Noto Sans CJK JP",
            "Noto Sans JP",
            "Source Han Sans JP",
            "IPAexGothic",
            "IPAGothic",
            "TakaoGothic",
        ],
        "ko" => &[
            "Noto Sans CJK KR",
            "Noto Sans KR",
            "Source Han Sans KR",
            "NanumGothic",
        ],
        "zh" if tag.contains("tw") || tag.contains("hant") => {
            &["Noto Sans CJK TC", "Noto Sans TC", "Source Han Sans TC"]
        }
        "zh" if tag.contains("hk") || tag.contains("mo") => {
            &["Noto Sans CJK HK", "Noto Sans HK", "Source Han Sans HK"]
        }
        "zh" => &["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC"],
        _ => &["Noto Sans", "Noto Sans CJK JP"],
    }
}

/// The system's upright faces in the order fallback tries them: the language's
/// families, then Noto Sans faces, then other sans-serif faces, then the rest;
/// regular weight before others; by name within a rank (the same order on every run).
fn rank(db: &fontdb::Database, lang: &str) -> Vec<fontdb::ID> {
    let preferred = preferred(lang);
    let mut faces: Vec<_> = db
        .faces()
        .filter(|f| f.style == fontdb::Style::Normal)
        .map(|f| {
            let family = f.families.first().map(|(n, _)| n.as_str()).unwrap_or("");
            let pref = preferred
                .iter()
                .position(|p| p.eq_ignore_ascii_case(family))
                .unwrap_or(preferred.len());
            let lower = family.to_ascii_lowercase();
            let kind = if lower.starts_with("noto sans") && !lower.contains("mono") {
                0
            } else if !lower.contains("serif") && !lower.contains("mono") {
                1
            } else {
                2
            };
            let key = (
                pref,
                kind,
                f.weight.0.abs_diff(400),
                family.to_string(),
                f.post_script_name.clone(),
                f.index,
            );
            (key, f.id)
        })
        .collect();
    faces.sort_by(|a, b| a.0.cmp(&b.0));
    faces.into_iter().map(|(_, id)| id).collect()
}
