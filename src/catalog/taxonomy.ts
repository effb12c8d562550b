/**
 * The catalog's category tree: departments → subcategories → leaves (always three
 * levels, `electronics.computers.laptops`). Each leaf holds one or more product lines:
 * the real nouns its titles use, the brands that actually make that kind of product,
 * the features that fit it and a price range. A camera brand makes cameras and
 * lenses, a coffee roaster sells coffee, "Chocolate" only flavours what can taste of
 * it. Titles built from these make search meaningful (a "TV" and a "Television" both
 * exist, so synonyms matter).
 *
 * Features are written as groups of mutually exclusive options, `"4K | 8K"`: a title
 * takes at most one option per group, in the order the groups are listed, so it never
 * says "55-Inch 65-Inch" or "Wired Wireless".
 *
 * @module
 */
import { analyze } from "./text.ts";

/** One kind of product inside a leaf: who makes it, what it is called, what it costs. */
export interface ProductLine {
  /** Product nouns for titles. */
  nouns: readonly string[];
  brands: readonly string[];
  /** Feature groups in title order; a title takes at most one option from each. */
  featureGroups: readonly (readonly string[])[];
  /** Typical price range in USD. */
  price: readonly [number, number];
  /** Pack sizes appended to some titles (", 12 oz"); empty when the product has none. */
  sizes: readonly string[];
  /** Whether titles may carry a model code ("A123"), as electronics and appliances do. */
  modelCodes: boolean;
}

/** A leaf category: the union of its product lines, and the lines themselves. */
export interface Leaf {
  /** Dotted path, exactly three levels: `electronics.tv.televisions`. */
  path: string;
  /** Every product noun of the leaf; the first is the canonical one. */
  nouns: readonly string[];
  /** The leaf's price range in USD (spanning all its lines). */
  price: readonly [number, number];
  /** Every brand that makes something in this leaf. */
  brands: readonly string[];
  /** Every feature a title in this leaf may carry. */
  features: readonly string[];
  lines: readonly ProductLine[];
  /**
   * The taxonomy version that added the leaf (1: the first). Leaf weights are drawn in
   * this order, so adding leaves never changes the weight of one added before.
   */
  since: number;
  /**
   * What every product of the leaf is besides its own noun, from its subcategory ("Toy"
   * for dolls and kites): a query for that word ranks them as it ranks the products
   * titled with it (`kindPaths` in browse.ts).
   */
  kind?: string;
}

/** A product line as written below; missing fields come from the leaf, then the subcategory. */
interface LineSpec {
  nouns?: string[];
  brands?: string[];
  /** Feature groups, options separated by " | ". */
  features?: string[];
  price?: [number, number];
  sizes?: string[];
  model?: boolean;
}

interface LeafSpec extends LineSpec {
  lines?: LineSpec[];
  /** The taxonomy version that added the leaf (see `Leaf.since`); 1 when not given. */
  since?: number;
}

interface SubcategorySpec extends Omit<LineSpec, "nouns" | "price"> {
  leaves: Record<string, LeafSpec>;
  /**
   * What every product under it is, whatever its title calls it: a building set, a doll
   * and a kite are each a "Toy" (see `Leaf.kind`).
   */
  kind?: string;
}

type Spec = Record<string, Record<string, SubcategorySpec>>;

const BOOK_FORMAT = "Hardcover | Paperback";
const BED_SIZE = "Twin | Full | Queen | King";
const WOOD = "Oak | Walnut | White";

/** department → subcategory → leaf. */
const SPEC: Spec = {
  electronics: {
    audio: {
      model: true,
      leaves: {
        headphones: {
          nouns: ["Headphones", "Over-Ear Headphones", "Wireless Headphones"],
          price: [25, 450],
          brands: [
            "Sony",
            "Bose",
            "Sennheiser",
            "Audio-Technica",
            "Beats",
            "Skullcandy",
            "Soundcore",
            "Marshall",
          ],
          features: ["Wireless", "Noise Cancelling", "Foldable", "Hi-Res", "Bluetooth 5.3"],
        },
        gaming_headsets: {
          since: 2,
          nouns: ["Gaming Headset", "Headset"],
          price: [30, 330],
          brands: ["HyperX", "SteelSeries", "Razer", "Logitech", "Corsair", "Turtle Beach"],
          features: ["Wireless | Wired", "7.1 Surround", "Noise-Canceling Mic", "RGB"],
        },
        earbuds: {
          nouns: ["Earbuds", "In-Ear Headphones", "True Wireless Earbuds"],
          price: [15, 300],
          brands: [
            "Apple",
            "Samsung",
            "Google",
            "Sony",
            "Bose",
            "Jabra",
            "Beats",
            "Soundcore",
            "JBL",
            "Sennheiser",
          ],
          features: ["Wireless", "Noise Cancelling", "Sweatproof", "Hi-Res", "Bluetooth 5.3"],
        },
        speakers: {
          price: [20, 400],
          lines: [{
            nouns: ["Bluetooth Speaker", "Portable Speaker"],
            brands: ["JBL", "Bose", "Sonos", "Marshall", "Ultimate Ears", "Soundcore", "Sony"],
            features: ["Waterproof", "Stereo", "Compact", "Bass Boost"],
          }, {
            // The voice-assistant speakers are the platforms' own (Echo, Nest, HomePod).
            nouns: ["Smart Speaker"],
            price: [30, 350],
            brands: ["Amazon", "Google", "Apple", "Sonos", "Bose"],
            features: ["Voice Control", "Wi-Fi", "Compact", "Stereo"],
          }],
        },
        soundbars: {
          nouns: ["Soundbar", "Sound Bar"],
          price: [80, 900],
          brands: ["Sonos", "Samsung", "Sony", "Bose", "LG", "Vizio", "JBL", "Yamaha", "Polk Audio"],
          features: ["2.1 Channel | 3.1 Channel | 5.1 Channel", "Dolby Atmos", "Wi-Fi", "Compact"],
        },
        turntables: {
          nouns: ["Turntable", "Record Player"],
          price: [90, 700],
          brands: ["Audio-Technica", "Pro-Ject", "Victrola", "Sony", "Crosley", "Fluance"],
          features: ["Belt Drive | Direct Drive", "Bluetooth", "USB", "Hi-Fi"],
        },
        kids_headphones: {
          since: 6,
          nouns: ["Kids Headphones"],
          price: [15, 80],
          brands: [
            "JLab",
            "Puro Sound Labs",
            "Onanoff",
            "LilGadgets",
            "JBL",
            "Belkin",
            "iClever",
            "CozyPhones",
            "Sony",
          ],
          features: [
            "Wired | Wireless",
            "Volume-Limited",
            "Foldable",
            "Over-Ear | On-Ear",
            "Built-In Mic",
            "Durable",
          ],
          model: false,
        },
        karaoke_machines: {
          since: 6,
          nouns: ["Karaoke Machine", "Karaoke Speaker"],
          price: [40, 300],
          brands: ["Singing Machine", "Ion Audio", "JYX", "Moukey", "Pyle", "Akai", "Singsation", "BONAOK"],
          features: [
            "Bluetooth",
            "Portable",
            "Rechargeable",
            "With 2 Wireless Mics | With Wired Mic",
            "Voice-Changing",
            "LED",
          ],
          model: false,
        },
        earbud_cases: {
          since: 7,
          nouns: ["Earbuds Case", "Earbud Case"],
          price: [8, 35],
          brands: ["Spigen", "OtterBox", "Elago", "ESR", "Speck", "Caseology", "Incipio", "Catalyst"],
          features: [
            "Silicone | Hard Shell | Leather",
            "Keychain | Carabiner",
            "Shockproof",
            "Slim | Rugged",
            "Anti-Scratch",
            "Magnetic",
          ],
          model: false,
        },
        shower_speakers: {
          since: 7,
          nouns: ["Shower Speaker", "Waterproof Shower Speaker"],
          price: [12, 40],
          brands: ["SoundBot", "Ortizan", "Ivation"],
          features: ["Bluetooth", "Built-In Mic", "Rechargeable"],
          model: false,
        },
      },
    },
    tv: {
      model: true,
      leaves: {
        tv_remotes: {
          since: 5,
          nouns: ["TV Remote", "Universal Remote"],
          price: [10, 80],
          brands: ["GE", "Philips", "SofaBaton", "One For All"],
          features: ["Backlit", "Voice Control", "4-Device | 8-Device"],
          model: false,
        },
        tv_antennas: {
          since: 5,
          nouns: ["TV Antenna", "Indoor TV Antenna", "Outdoor TV Antenna"],
          price: [20, 150],
          brands: [
            "Mohu",
            "ClearStream",
            "Winegard",
            "GE",
            "1byone",
            "RCA",
            "Channel Master",
            "Amazon Basics",
          ],
          features: [
            "Amplified",
            "Multi-Directional",
            "60-Mile | 80-Mile | 35-Mile | 120-Mile | 150-Mile",
            "4K | 1080p",
            "Flat | Compact",
            "Long-Range",
          ],
          model: false,
        },
        televisions: {
          price: [180, 3500],
          lines: [{
            nouns: ["TV", "Television", "Smart TV", "LED Television"],
            price: [180, 2500],
            brands: ["Samsung", "LG", "Sony", "TCL", "Hisense", "Vizio", "Panasonic", "Philips"],
            features: ["43-Inch | 55-Inch | 65-Inch | 75-Inch", "4K", "HDR", "120Hz"],
          }, {
            // OLED panels: the makers who sell them, at their prices.
            nouns: ["OLED TV"],
            price: [900, 3500],
            brands: ["LG", "Sony", "Samsung", "Panasonic", "Philips"],
            features: ["42-Inch | 55-Inch | 65-Inch | 77-Inch", "4K", "HDR", "120Hz"],
          }],
        },
        projectors: {
          nouns: ["Projector", "Home Theater Projector"],
          price: [120, 2500],
          brands: ["Epson", "BenQ", "Optoma", "ViewSonic", "XGIMI", "LG"],
          features: ["4K | 1080p", "Short Throw", "Laser", "Portable", "Wi-Fi"],
        },
        streaming_devices: {
          price: [25, 200],
          features: ["4K", "HDR", "Dolby Vision", "Wi-Fi 6"],
          lines: [
            { nouns: ["Streaming Stick"], brands: ["Roku", "Amazon", "Google"] },
            {
              nouns: ["Media Player", "Streaming Media Player"],
              brands: ["Apple", "Nvidia", "Roku", "Amazon", "Google"],
            },
          ],
        },
        tv_mounts: {
          nouns: ["TV Mount", "Wall Mount"],
          price: [20, 180],
          brands: ["Sanus", "Mounting Dream", "Echogear", "Vogel's", "Amazon Basics"],
          features: ["Full Motion | Tilting | Fixed", "Heavy Duty", "Universal"],
          model: false,
        },
        projector_screens: {
          since: 6,
          nouns: ["Projector Screen", "Projection Screen"],
          price: [30, 600],
          brands: [
            "Elite Screens",
            "Akia Screens",
            "VIVOHOME",
            "Da-Lite",
            "Silver Ticket",
            "Vamvo",
            "Pyle",
            "Epson",
          ],
          features: [
            "100-Inch | 120-Inch | 80-Inch | 135-Inch | 150-Inch",
            "Manual | Motorized | Portable",
            "Wrinkle-Free",
            "Widescreen",
            "Indoor | Outdoor",
            "4K",
          ],
          model: false,
        },
      },
    },
    phones: {
      leaves: {
        screen_protectors: {
          since: 5,
          nouns: ["Screen Protector", "Tempered Glass Screen Protector"],
          price: [8, 45],
          brands: ["ZAGG", "Spigen", "amFilm", "Belkin", "ESR"],
          features: ["Privacy | Anti-Glare", "2-Pack | 3-Pack", "Easy Install"],
          model: false,
        },
        smartphones: {
          nouns: ["Smartphone", "Phone", "Mobile Phone", "5G Smartphone"],
          price: [150, 1400],
          brands: ["Samsung", "Apple", "Google", "Xiaomi", "OnePlus", "Motorola", "Nokia"],
          features: ["Unlocked", "5G", "Dual SIM", "128GB | 256GB | 512GB"],
        },
        phone_cases: {
          nouns: ["Phone Case", "Smartphone Case"],
          price: [8, 60],
          brands: ["OtterBox", "Spigen", "Casetify", "Speck", "ESR", "Incipio"],
          features: ["Rugged | Slim", "Clear | Leather | Silicone", "Shockproof", "MagSafe Compatible"],
        },
        chargers: {
          nouns: ["Charger", "Fast Charger", "Wall Charger"],
          price: [10, 80],
          brands: ["Anker", "Belkin", "Samsung", "Apple", "Ugreen", "Spigen"],
          features: ["20W | 30W | 65W | 100W", "USB-C", "GaN", "Dual Port", "Foldable"],
        },
        power_banks: {
          nouns: ["Power Bank", "Portable Charger"],
          price: [15, 120],
          brands: ["Anker", "Belkin", "Mophie", "Ugreen", "INIU", "Baseus"],
          features: ["10000mAh | 20000mAh | 26800mAh", "USB-C", "Slim", "MagSafe"],
        },
      },
    },
    cameras: {
      model: true,
      leaves: {
        ring_lights: {
          since: 5,
          nouns: ["Ring Light", "LED Video Light"],
          price: [20, 200],
          brands: ["Neewer", "Elgato", "Lume Cube", "UBeesize", "Godox", "Sensyne", "Ulanzi", "Razer"],
          features: [
            "10-Inch | 18-Inch | 6-Inch | 12-Inch | 14-Inch",
            "With Tripod Stand",
            "Dimmable",
            "Bi-Color | RGB",
            "USB-Powered | Rechargeable",
            "Selfie",
          ],
          model: false,
        },
        digital_cameras: {
          nouns: ["Digital Camera", "Mirrorless Camera"],
          price: [250, 3000],
          brands: ["Canon", "Nikon", "Sony", "Fujifilm", "Panasonic", "OM System"],
          features: ["24MP | 33MP | 45MP", "Image Stabilization", "4K Video", "Weather-Sealed"],
        },
        action_cameras: {
          nouns: ["Action Camera", "Sports Camera"],
          price: [90, 550],
          brands: ["GoPro", "DJI", "Insta360", "Akaso"],
          features: ["4K | 5.3K", "Waterproof", "Stabilized", "360-Degree"],
        },
        lenses: {
          nouns: ["Camera Lens", "Zoom Lens", "Prime Lens"],
          price: [120, 2200],
          brands: ["Canon", "Nikon", "Sony", "Sigma", "Tamron", "Fujifilm", "Zeiss"],
          features: ["Wide-Angle | Telephoto | Macro", "Full-Frame", "Image Stabilized", "Weather-Sealed"],
        },
        drones: {
          nouns: ["Drone", "Camera Drone"],
          price: [80, 2000],
          brands: ["DJI", "Autel", "Holy Stone", "Potensic", "Parrot"],
          features: ["4K", "Foldable", "GPS", "Obstacle Avoidance"],
        },
        tripods: {
          nouns: ["Tripod", "Camera Tripod"],
          price: [20, 300],
          brands: ["Manfrotto", "Joby", "Peak Design", "Benro", "Vanguard"],
          features: ["Carbon Fiber | Aluminum", "Travel", "Lightweight", "Compact"],
          model: false,
        },
        camera_bags: {
          nouns: ["Camera Bag"],
          price: [25, 200],
          brands: ["Peak Design", "Lowepro", "Think Tank", "Manfrotto", "Tenba"],
          features: ["Sling | Shoulder | Backpack-Style", "Waterproof", "Padded"],
          model: false,
          lines: [{}, {
            nouns: ["Camera Case", "Hard Camera Case"],
            price: [12, 150],
            brands: ["Lowepro", "Pelican", "Case Logic"],
            features: ["Compact", "Water-Resistant", "Shockproof"],
          }],
        },
        dslr_cameras: {
          since: 6,
          nouns: ["DSLR Camera", "DSLR"],
          price: [450, 3300],
          brands: ["Canon", "Nikon", "Pentax"],
          features: ["24MP", "Full-Frame | APS-C", "4K Video", "Weather-Sealed"],
        },
        instant_cameras: {
          since: 6,
          nouns: ["Instant Camera", "Instant Film Camera"],
          price: [60, 200],
          brands: ["Fujifilm", "Polaroid", "Kodak", "Lomography", "Leica", "Canon"],
          features: [
            "Auto Exposure",
            "Black | White | Blue | Pink",
            "Mini | Square | Wide",
            "Rechargeable",
            "Bluetooth | Hybrid",
          ],
          model: false,
        },
        telescopes: {
          since: 6,
          price: [90, 900],
          model: false,
          lines: [{
            nouns: ["Telescope", "Refractor Telescope"],
            price: [90, 500],
            brands: [
              "Celestron",
              "Meade",
              "Sky-Watcher",
              "Gskyer",
              "Orion",
              "National Geographic",
              "Explore Scientific",
            ],
            features: ["70mm | 80mm | 102mm | 60mm | 90mm", "Portable", "AZ Mount", "Beginner", "Travel"],
          }, {
            nouns: ["Reflector Telescope", "Dobsonian Telescope"],
            price: [150, 900],
            brands: ["Celestron", "Sky-Watcher", "Orion", "Meade", "Explore Scientific", "Zhumell"],
            features: ["114mm | 130mm | 150mm | 200mm | 250mm", "Computerized", "Tabletop", "Beginner"],
          }],
        },
      },
    },
    wearables: {
      leaves: {
        smartwatches: {
          price: [60, 800],
          lines: [{
            nouns: ["Smartwatch", "Smart Watch"],
            brands: ["Apple", "Samsung", "Garmin", "Google", "Fitbit", "Amazfit", "Withings"],
            features: ["41mm | 45mm", "GPS", "LTE", "AMOLED"],
          }, {
            nouns: ["GPS Running Watch", "Running Watch"],
            price: [150, 700],
            brands: ["Garmin", "Coros", "Polar", "Suunto"],
            features: ["Multisport", "Solar", "AMOLED"],
          }],
        },
        fitness_trackers: {
          nouns: ["Fitness Tracker", "Activity Tracker"],
          price: [25, 250],
          brands: ["Fitbit", "Garmin", "Xiaomi", "Whoop", "Amazfit", "Samsung"],
          features: ["Heart Rate", "Sleep Tracking", "Waterproof", "GPS", "Slim"],
        },
        smart_rings: {
          nouns: ["Smart Ring"],
          price: [150, 400],
          brands: ["Oura", "Samsung", "Ultrahuman", "RingConn"],
          features: ["Titanium", "Sleep Tracking", "Heart Rate", "Waterproof"],
        },
        vr_headsets: {
          nouns: ["VR Headset", "Virtual Reality Headset"],
          price: [200, 1200],
          brands: ["Meta", "Pico", "HTC"],
          features: ["128GB | 256GB | 512GB", "Standalone", "Mixed Reality", "Wireless"],
        },
        kids_smartwatches: {
          since: 6,
          nouns: ["Kids Smartwatch", "Kids Smart Watch", "Kids GPS Watch"],
          price: [100, 230],
          brands: ["Gabb", "TickTalk", "Xplora", "Garmin", "Verizon"],
          features: ["GPS", "LTE", "Water-Resistant", "SOS Alert"],
        },
      },
    },
    computers: {
      model: true,
      leaves: {
        laptops: {
          price: [300, 3200],
          lines: [{
            nouns: ["Laptop", "Notebook", "Ultrabook"],
            price: [300, 2800],
            brands: ["Dell", "HP", "Lenovo", "ASUS", "Acer", "Apple", "Microsoft", "Samsung"],
            // (No "Touchscreen": every maker of the line would get it, and no Mac has one.)
            features: [
              "13-Inch | 14-Inch | 15.6-Inch | 16-Inch",
              "8GB RAM | 16GB RAM | 32GB RAM",
              "512GB SSD | 1TB SSD",
              "Backlit Keyboard",
              "Lightweight",
            ],
          }, {
            nouns: ["Gaming Laptop"],
            price: [700, 3200],
            brands: ["Razer", "MSI", "ASUS", "Alienware", "Acer", "Lenovo"],
            features: [
              "15.6-Inch | 16-Inch | 17.3-Inch",
              "RTX 4060 | RTX 4070 | RTX 4080",
              "16GB RAM | 32GB RAM",
              "165Hz | 240Hz",
            ],
          }],
        },
        chromebooks: {
          nouns: ["Chromebook"],
          price: [180, 700],
          brands: ["Acer", "ASUS", "Lenovo", "HP", "Samsung"],
          features: [
            "11.6-Inch | 14-Inch | 15.6-Inch",
            "2-in-1",
            "Touchscreen",
            "4GB RAM | 8GB RAM",
            "64GB | 128GB",
          ],
        },
        desktop_pcs: {
          price: [250, 3500],
          lines: [{
            nouns: ["Desktop PC", "Mini PC"],
            price: [250, 1800],
            brands: ["Dell", "HP", "Lenovo", "Acer", "ASUS", "Beelink"],
            features: ["8GB RAM | 16GB RAM | 32GB RAM", "512GB SSD | 1TB SSD", "Wi-Fi 6", "Business"],
          }, {
            nouns: ["Gaming PC"],
            price: [800, 3500],
            brands: ["Alienware", "MSI", "Corsair", "CyberPowerPC", "iBUYPOWER", "HP", "Lenovo"],
            features: [
              "RTX 4060 | RTX 4070 | RTX 4080",
              "16GB RAM | 32GB RAM",
              "1TB SSD | 2TB SSD",
              "Liquid-Cooled",
              "RGB",
            ],
          }],
        },
        monitors: {
          nouns: ["Monitor", "Gaming Monitor", "4K Monitor"],
          price: [110, 1500],
          brands: ["Dell", "LG", "Samsung", "ASUS", "BenQ", "Acer", "ViewSonic", "AOC", "MSI"],
          features: ["24-Inch | 27-Inch | 32-Inch", "IPS", "144Hz | 165Hz | 240Hz", "Curved", "USB-C"],
        },
        all_in_ones: {
          nouns: ["All-in-One PC"],
          price: [500, 2500],
          brands: ["Apple", "HP", "Dell", "Lenovo", "ASUS", "Acer"],
          features: ["24-Inch | 27-Inch", "8GB RAM | 16GB RAM", "512GB SSD | 1TB SSD", "Wi-Fi 6E"],
        },
      },
    },
    computer_accessories: {
      leaves: {
        laptop_stands: {
          since: 5,
          nouns: ["Laptop Stand", "Tablet Stand", "Phone Stand"],
          price: [15, 90],
          brands: ["Rain Design", "Twelve South", "Satechi", "Nulaxy", "Lamicall"],
          features: ["Adjustable | Foldable", "Aluminum", "Space Gray | Black"],
          model: false,
        },
        keyboards: {
          nouns: ["Keyboard", "Mechanical Keyboard", "Wireless Keyboard"],
          price: [20, 250],
          brands: ["Logitech", "Razer", "Corsair", "Keychron", "SteelSeries", "HyperX"],
          features: ["Wireless", "Backlit | RGB", "Compact | Full-Size", "Low-Profile"],
        },
        cables: {
          since: 2,
          price: [6, 45],
          brands: ["Anker", "Belkin", "Amazon Basics", "Cable Matters", "Ugreen"],
          sizes: ["2-Pack", "3-Pack"],
          model: false,
          lines: [{
            nouns: ["USB-C Cable", "Lightning Cable"],
            features: ["3-Foot | 6-Foot | 10-Foot", "Braided", "Fast-Charging"],
          }, {
            nouns: ["HDMI Cable"],
            features: ["3-Foot | 6-Foot | 10-Foot", "Braided", "4K | 8K"],
          }, {
            nouns: ["Ethernet Cable"],
            features: ["3-Foot | 6-Foot | 25-Foot | 50-Foot", "Cat 6 | Cat 8", "Flat"],
          }, {
            nouns: ["HDMI Switch", "HDMI Splitter"],
            price: [12, 60],
            brands: ["Ugreen", "Cable Matters", "Kinivo", "Avedio Links"],
            features: ["4K", "2-Port | 3-Port | 4-Port"],
            sizes: [],
          }],
        },
        mouse_pads: {
          since: 2,
          nouns: ["Mouse Pad", "Desk Mat"],
          price: [8, 60],
          brands: ["SteelSeries", "Razer", "Logitech", "Corsair", "Glorious"],
          features: ["Extended | Large", "RGB", "Non-Slip", "Stitched Edges"],
          model: false,
        },
        mice: {
          price: [10, 150],
          lines: [{
            nouns: ["Mouse", "Wireless Mouse"],
            brands: ["Logitech", "Microsoft", "Apple", "HP", "Dell"],
            features: ["Wireless", "Ergonomic", "Silent", "Bluetooth", "Rechargeable"],
          }, {
            nouns: ["Gaming Mouse"],
            brands: ["Logitech", "Razer", "Corsair", "SteelSeries", "HyperX", "Glorious"],
            features: ["Wireless", "Lightweight", "RGB", "16000 DPI | 26000 DPI"],
          }],
        },
        webcams: {
          nouns: ["Webcam", "HD Webcam"],
          price: [25, 200],
          brands: ["Logitech", "Razer", "Microsoft", "Anker", "Elgato"],
          features: ["1080p | 4K", "Autofocus", "Wide-Angle", "Privacy Shutter"],
          model: true,
          lines: [{}, {
            nouns: ["Webcam Cover"],
            price: [5, 12],
            brands: ["CloudValley", "EYSOFT"],
            features: ["Ultra-Thin", "3-Pack | 6-Pack"],
            model: false,
          }],
        },
        usb_hubs: {
          nouns: ["USB Hub", "USB-C Hub", "Docking Station"],
          price: [15, 300],
          brands: ["Anker", "Belkin", "Ugreen", "CalDigit", "Plugable", "Satechi"],
          features: ["4-Port | 7-in-1 | 10-in-1", "Thunderbolt 4", "Powered", "Aluminum"],
        },
        laptop_bags: {
          nouns: ["Laptop Bag", "Laptop Sleeve"],
          price: [15, 120],
          brands: ["Targus", "Samsonite", "Incase", "Tomtoc", "Thule", "Case Logic"],
          features: ["13-Inch | 14-Inch | 15.6-Inch | 16-Inch", "Water-Resistant", "Padded", "Slim"],
        },
        laptop_batteries: {
          since: 7,
          nouns: ["Laptop Battery", "Replacement Laptop Battery"],
          price: [40, 150],
          brands: ["Dell", "HP", "Lenovo", "ASUS"],
          features: ["4-Cell | 6-Cell", "Li-Ion"],
          model: true,
        },
        cooling_pads: {
          since: 7,
          nouns: ["Laptop Cooling Pad", "Laptop Cooler"],
          price: [20, 60],
          brands: ["Havit", "KLIM", "TopMate", "Cooler Master"],
          features: ["Adjustable Height", "RGB", "Quiet"],
          model: false,
        },
      },
    },
    storage: {
      leaves: {
        ssds: {
          nouns: ["SSD", "Solid State Drive", "NVMe SSD"],
          price: [40, 600],
          brands: ["Samsung", "WD", "Crucial", "Kingston", "SanDisk", "Seagate", "Sabrent"],
          features: ["500GB | 1TB | 2TB | 4TB", "PCIe 4.0", "M.2", "Internal"],
        },
        external_drives: {
          price: [50, 400],
          features: ["1TB | 2TB | 4TB", "USB-C", "Rugged", "Slim"],
          lines: [
            { nouns: ["External Hard Drive"], brands: ["Seagate", "WD", "LaCie", "Toshiba"] },
            { nouns: ["Portable SSD"], brands: ["Samsung", "SanDisk", "Crucial", "WD", "Seagate", "LaCie"] },
          ],
        },
        memory_cards: {
          nouns: ["Memory Card", "microSD Card"],
          price: [8, 120],
          brands: ["SanDisk", "Samsung", "Kingston", "Lexar", "PNY"],
          features: ["64GB | 128GB | 256GB | 512GB", "UHS-I | UHS-II", "V30"],
        },
        nas: {
          nouns: ["NAS", "Network Storage"],
          price: [150, 1200],
          brands: ["Synology", "QNAP", "WD", "Asustor", "TerraMaster"],
          features: ["2-Bay | 4-Bay | 5-Bay", "Diskless", "2.5GbE"],
          model: true,
        },
        usb_drives: {
          nouns: ["USB Flash Drive", "Thumb Drive"],
          price: [6, 80],
          brands: ["SanDisk", "Samsung", "Kingston", "PNY", "Lexar"],
          features: ["32GB | 64GB | 128GB | 256GB", "High-Speed", "Metal", "Keychain"],
        },
      },
    },
    networking: {
      model: true,
      leaves: {
        wifi_extenders: {
          since: 5,
          nouns: ["WiFi Extender", "Mesh WiFi System", "WiFi Range Extender"],
          price: [25, 350],
          brands: ["TP-Link", "Netgear", "eero", "Linksys", "ASUS"],
          features: ["WiFi 6 | WiFi 6E | WiFi 7", "Dual-Band | Tri-Band", "2-Pack | 3-Pack"],
          model: true,
        },
        routers: {
          nouns: ["Router", "Wi-Fi Router", "Mesh Router"],
          price: [40, 500],
          brands: ["TP-Link", "Netgear", "ASUS", "Linksys", "eero"],
          features: ["Wi-Fi 6 | Wi-Fi 6E | Wi-Fi 7", "Dual-Band | Tri-Band", "Gigabit"],
        },
        network_switches: {
          nouns: ["Network Switch"],
          price: [20, 300],
          brands: ["TP-Link", "Netgear", "Ubiquiti", "Cisco", "D-Link"],
          features: ["5-Port | 8-Port | 16-Port | 24-Port", "Gigabit", "Managed | Unmanaged", "PoE"],
        },
      },
    },
    components: {
      leaves: {
        cpu_coolers: {
          since: 5,
          price: [25, 250],
          lines: [{
            nouns: ["CPU Cooler", "CPU Air Cooler"],
            brands: ["Noctua", "Cooler Master", "DeepCool", "Arctic"],
            features: ["ARGB", "Low-Profile", "Quiet"],
          }, {
            nouns: ["AIO Liquid Cooler"],
            brands: ["Corsair", "NZXT", "Arctic", "DeepCool", "Cooler Master"],
            features: ["240mm | 280mm | 360mm", "ARGB", "Quiet"],
          }, {
            nouns: ["Case Fan", "PC Fan"],
            price: [10, 90],
            brands: ["Noctua", "Arctic", "Corsair", "Lian Li", "Thermaltake"],
            features: ["120mm | 140mm", "PWM", "Quiet"],
            model: false,
          }],
          model: true,
        },
        graphics_cards: {
          since: 2,
          price: [250, 1800],
          // One line per tier, at its own prices; the tier is part of the name, as makers write it.
          lines: [{
            nouns: ["RTX 4060 Graphics Card", "RTX 4060 GPU"],
            brands: ["ASUS", "MSI", "Gigabyte", "Zotac", "PNY"],
            price: [280, 420],
            features: ["Dual-Fan | Triple-Fan", "OC"],
          }, {
            nouns: ["RTX 4070 Graphics Card", "RTX 4070 GPU"],
            brands: ["ASUS", "MSI", "Gigabyte", "Zotac", "PNY"],
            price: [520, 850],
            features: ["Dual-Fan | Triple-Fan", "OC"],
          }, {
            nouns: ["RTX 4080 Graphics Card", "RTX 4080 GPU"],
            brands: ["ASUS", "MSI", "Gigabyte", "Zotac", "PNY"],
            price: [950, 1800],
            features: ["Triple-Fan", "OC"],
          }, {
            nouns: ["RX 7600 Graphics Card", "RX 7600 GPU"],
            brands: ["Sapphire", "XFX", "PowerColor", "ASRock"],
            price: [250, 330],
            features: ["Dual-Fan | Triple-Fan", "OC"],
          }, {
            nouns: ["RX 7800 XT Graphics Card", "RX 7800 XT GPU"],
            brands: ["Sapphire", "XFX", "PowerColor", "ASRock"],
            price: [450, 620],
            features: ["Dual-Fan | Triple-Fan", "OC"],
          }, {
            nouns: ["RX 7900 XTX Graphics Card", "RX 7900 XTX GPU"],
            brands: ["Sapphire", "XFX", "PowerColor", "ASRock"],
            price: [850, 1100],
            features: ["Triple-Fan", "OC"],
          }],
        },
        computer_memory: {
          since: 2,
          nouns: ["RAM", "Desktop Memory", "Laptop Memory"],
          price: [30, 260],
          brands: ["Corsair", "G.Skill", "Kingston", "Crucial", "TeamGroup"],
          features: ["16GB | 32GB | 64GB", "DDR4 | DDR5", "RGB", "Low-Profile"],
        },
        processors: {
          since: 2,
          nouns: ["Processor", "CPU", "Desktop Processor"],
          price: [100, 700],
          brands: ["Intel", "AMD"],
          features: ["6-Core | 8-Core | 12-Core | 16-Core", "Unlocked"],
        },
        motherboards: {
          since: 2,
          nouns: ["Motherboard", "Gaming Motherboard"],
          price: [100, 500],
          brands: ["ASUS", "MSI", "Gigabyte", "ASRock"],
          features: ["ATX | Micro-ATX | Mini-ITX", "Wi-Fi 6E | Wi-Fi 7", "DDR5"],
        },
        power_supplies: {
          since: 2,
          nouns: ["Power Supply", "PSU"],
          price: [60, 300],
          brands: ["Corsair", "Seasonic", "EVGA", "Thermaltake", "Cooler Master"],
          features: ["650W | 850W | 1000W", "80+ Gold | 80+ Platinum", "Fully Modular | Semi-Modular"],
        },
      },
    },
    power: {
      leaves: {
        batteries: {
          since: 2,
          price: [6, 40],
          sizes: ["8-Pack", "24-Pack", "48-Pack"],
          lines: [{
            nouns: ["AA Batteries", "AAA Batteries"],
            brands: ["Duracell", "Energizer", "Panasonic", "Amazon Basics", "Rayovac"],
            features: ["Alkaline | Lithium", "Long-Lasting"],
          }, {
            nouns: ["Rechargeable AA Batteries", "Rechargeable AAA Batteries"],
            brands: ["Panasonic", "Energizer", "Amazon Basics", "Duracell"],
            features: ["NiMH", "Pre-Charged"],
          }],
        },
        surge_protectors: {
          since: 2,
          nouns: ["Surge Protector", "Power Strip"],
          price: [10, 60],
          brands: ["Belkin", "APC", "Anker", "Amazon Basics", "Tripp Lite"],
          features: ["6-Outlet | 8-Outlet | 12-Outlet", "USB-C", "Flat Plug"],
        },
        battery_chargers: {
          since: 6,
          nouns: ["Battery Charger", "AA Battery Charger", "AA and AAA Battery Charger"],
          price: [12, 45],
          brands: ["Panasonic", "Energizer", "EBL", "Amazon Basics", "Duracell"],
          features: ["4-Bay | 8-Bay", "USB", "Smart"],
          model: false,
        },
        extension_cords: {
          since: 6,
          nouns: ["Extension Cord"],
          price: [8, 80],
          brands: ["Amazon Basics", "GE", "Southwire", "Woods"],
          features: [
            "6-Foot | 15-Foot | 25-Foot | 50-Foot | 100-Foot",
            "16 Gauge | 14 Gauge | 12 Gauge",
            "Indoor | Outdoor",
          ],
          model: false,
        },
        solar_panels: {
          since: 6,
          nouns: ["Solar Panel", "Portable Solar Panel"],
          price: [80, 1000],
          brands: ["Renogy", "Jackery", "EcoFlow", "Anker", "Goal Zero"],
          features: ["100W | 200W | 400W", "Monocrystalline", "Foldable"],
          model: false,
        },
        generators: {
          since: 6,
          price: [200, 2800],
          lines: [{
            nouns: ["Portable Generator", "Generator", "Inverter Generator"],
            price: [400, 1800],
            brands: ["Champion", "Westinghouse", "DuroMax"],
            features: ["Dual Fuel", "4500W | 9500W | 12000W", "Electric Start", "CO Sensor"],
          }, {
            nouns: ["Inverter Generator", "Portable Generator"],
            price: [500, 2800],
            brands: ["Honda", "Generac"],
            features: ["2200W | 3000W", "Quiet", "CO Sensor"],
          }, {
            nouns: ["Portable Power Station", "Solar Generator"],
            price: [200, 2000],
            brands: ["Jackery", "EcoFlow", "Anker", "Bluetti", "Goal Zero"],
            features: ["300Wh | 1000Wh | 2000Wh", "LiFePO4", "Pure Sine Wave"],
          }],
          model: true,
        },
      },
    },
    smart_home: {
      model: true,
      leaves: {
        security_cameras: {
          since: 2,
          nouns: ["Security Camera", "Indoor Camera", "Outdoor Camera"],
          price: [25, 300],
          brands: ["Ring", "Arlo", "Wyze", "Blink", "Eufy", "Google"],
          features: ["1080p | 2K | 4K", "Wireless", "Night Vision", "Battery-Powered"],
        },
        video_doorbells: {
          since: 2,
          nouns: ["Video Doorbell", "Doorbell Camera"],
          price: [40, 250],
          brands: ["Ring", "Google", "Arlo", "Eufy", "Wyze"],
          features: ["Wired | Battery-Powered", "1080p | 2K", "Head-to-Toe View"],
        },
        smart_plugs: {
          since: 2,
          nouns: ["Smart Plug"],
          price: [10, 45],
          brands: ["TP-Link Kasa", "Meross", "Wemo", "Govee", "Amazon"],
          features: ["Wi-Fi | Matter", "Energy Monitoring", "Outdoor", "Mini"],
          sizes: ["2-Pack", "4-Pack"],
          model: false,
        },
        light_bulbs: {
          since: 2,
          price: [8, 120],
          model: false,
          lines: [{
            nouns: ["Smart Light Bulb", "Smart Bulb"],
            price: [12, 120],
            brands: ["Philips Hue", "LIFX", "Wyze", "Govee", "Sengled"],
            features: ["Color | White", "Wi-Fi | Zigbee", "Dimmable"],
            sizes: ["2-Pack", "4-Pack"],
          }, {
            nouns: ["LED Light Bulb", "LED Bulb"],
            price: [8, 40],
            brands: ["Philips", "GE", "Cree", "Sylvania", "Feit Electric"],
            features: ["Soft White | Daylight", "60W Equivalent | 100W Equivalent", "Dimmable"],
            sizes: ["4-Pack", "8-Pack", "16-Pack"],
          }],
        },
        thermostats: {
          since: 2,
          nouns: ["Smart Thermostat", "Thermostat"],
          price: [80, 280],
          brands: ["Google", "Ecobee", "Honeywell", "Amazon", "Emerson"],
          features: ["Wi-Fi", "Learning", "Voice Control", "Energy Star"],
        },
        smart_switches: {
          since: 7,
          nouns: ["Smart Light Switch", "Smart Dimmer Switch", "Light Switch"],
          price: [20, 80],
          brands: ["Lutron", "Kasa", "Leviton", "GE Cync"],
          features: ["Single-Pole | 3-Way", "Voice Control"],
          model: false,
        },
      },
    },
    tablets: {
      leaves: {
        tablets: {
          price: [90, 1300],
          lines: [{
            nouns: ["Tablet"],
            brands: ["Apple", "Samsung", "Lenovo", "Microsoft", "Xiaomi"],
            features: ["10-Inch | 11-Inch | 13-Inch", "64GB | 128GB | 256GB", "Wi-Fi | 5G"],
          }, {
            nouns: ["Android Tablet"],
            brands: ["Samsung", "Lenovo", "Xiaomi", "OnePlus"],
            features: ["10-Inch | 11-Inch | 12.4-Inch", "64GB | 128GB | 256GB", "Wi-Fi | 5G"],
          }, {
            nouns: ["Drawing Tablet", "Pen Tablet"],
            price: [40, 900],
            brands: ["Wacom", "XP-Pen", "Huion"],
            features: ["Small | Medium | Large", "Wireless", "Battery-Free Pen"],
          }],
        },
        e_readers: {
          nouns: ["E-Reader", "eBook Reader"],
          price: [80, 350],
          brands: ["Amazon", "Kobo", "PocketBook", "Boox"],
          features: ["6-Inch | 7-Inch | 10.3-Inch", "16GB | 32GB", "Waterproof", "Glare-Free"],
        },
        kids_tablets: {
          since: 6,
          price: [50, 230],
          lines: [{
            nouns: ["Kids Tablet"],
            price: [80, 230],
            brands: ["Amazon", "Contixo", "Dragon Touch", "Samsung", "Lenovo", "Blackview"],
            features: [
              "7-Inch | 8-Inch | 10-Inch",
              "32GB | 64GB",
              "Parental Controls",
              "Shockproof",
              "Ad-Free",
              "Android",
              "Wi-Fi",
            ],
          }, {
            nouns: ["Kids Learning Tablet", "Learning Tablet"],
            price: [50, 130],
            brands: ["LeapFrog", "VTech", "Fisher-Price"],
            features: ["Rechargeable", "Parental Controls", "Bilingual", "Educational", "Touchscreen"],
          }],
        },
        styluses: {
          since: 6,
          price: [8, 130],
          lines: [{
            nouns: ["Stylus Pen", "Stylus"],
            price: [20, 130],
            brands: ["Apple", "Logitech", "Adonit", "ESR", "Metapen"],
            features: ["Palm Rejection", "Tilt Sensitivity", "Rechargeable"],
          }, {
            nouns: ["Stylus Pen", "Stylus"],
            price: [30, 130],
            brands: ["Samsung", "Microsoft"],
            features: ["Pressure-Sensitive", "Tilt Sensitivity"],
          }, {
            nouns: ["Stylus Pens", "Capacitive Stylus"],
            price: [8, 20],
            brands: ["MEKO", "Adonit", "Amazon Basics"],
            features: ["Disc Tip | Fiber Tip"],
            sizes: ["2-Pack", "4-Pack"],
          }],
        },
        tablet_cases: {
          since: 7,
          price: [15, 70],
          model: false,
          lines: [{
            nouns: ["Tablet Case", "Tablet Cover"],
            brands: ["OtterBox", "ESR", "Fintie", "ZUGU", "Spigen"],
            features: ["Folio | Rugged", "Shockproof", "Kickstand"],
          }, {
            // E-reader covers by case makers: "kindle case" finds no Amazon case, so it is
            // searched as "e-reader case" and finds them all.
            nouns: ["E-Reader Cover", "E-Reader Case"],
            price: [15, 45],
            brands: ["Fintie", "MoKo", "Kobo"],
            features: ["Auto Sleep", "Vegan Leather | Fabric"],
          }],
        },
      },
    },
  },
  home: {
    furniture: {
      leaves: {
        recliners: {
          since: 5,
          nouns: ["Recliner", "Power Recliner", "Rocker Recliner"],
          price: [300, 1600],
          brands: ["La-Z-Boy", "Ashley", "Flexsteel", "Christopher Knight Home"],
          features: ["Leather | Fabric", "Wall-Hugger", "Brown | Gray | Charcoal"],
          model: false,
        },
        ottomans: {
          since: 5,
          nouns: ["Ottoman", "Storage Ottoman", "Footstool"],
          price: [40, 400],
          brands: ["Ashley", "Christopher Knight Home", "HomePop", "Safavieh", "SONGMICS"],
          features: ["Tufted", "Velvet | Linen | Faux Leather", "Round | Square"],
          model: false,
        },
        loveseats: {
          since: 5,
          nouns: ["Loveseat", "Reclining Loveseat"],
          price: [350, 1800],
          brands: ["Ashley", "La-Z-Boy", "Rivet", "Zinus", "Burrow"],
          features: ["Velvet | Linen | Leather", "Mid-Century", "Gray | Navy | Green | Beige"],
          model: false,
        },
        futons: {
          since: 5,
          nouns: ["Futon", "Sofa Bed", "Sleeper Sofa"],
          price: [200, 1400],
          brands: ["DHP", "Novogratz", "Serta", "Zinus"],
          features: ["Convertible", "Full | Queen", "Gray | Black | Blue"],
          model: false,
        },
        bean_bags: {
          since: 5,
          nouns: ["Bean Bag", "Bean Bag Chair"],
          price: [50, 600],
          brands: ["Yogibo", "Lovesac", "Big Joe", "CordaRoy's"],
          features: ["Memory Foam", "Machine-Washable", "Large | XL | XXL"],
          model: false,
        },
        coffee_tables: {
          since: 3,
          nouns: ["Coffee Table", "Side Table"],
          price: [60, 900],
          brands: ["IKEA", "West Elm", "Article", "Crate & Barrel", "Walker Edison"],
          features: [WOOD, "Round | Rectangular", "Lift-Top", "Glass-Top"],
        },
        dressers: {
          since: 3,
          nouns: ["Dresser", "Chest of Drawers"],
          price: [150, 1500],
          brands: ["IKEA", "South Shore", "Sauder", "Pottery Barn", "West Elm"],
          features: [WOOD, "4-Drawer | 6-Drawer", "Mid-Century"],
        },
        nightstands: {
          since: 3,
          nouns: ["Nightstand", "Bedside Table"],
          price: [50, 600],
          brands: ["IKEA", "South Shore", "Sauder", "Pottery Barn", "West Elm"],
          features: [WOOD, "1-Drawer | 2-Drawer", "Mid-Century"],
        },
        bar_stools: {
          since: 3,
          nouns: ["Bar Stool", "Counter Stool"],
          price: [50, 400],
          brands: ["IKEA", "Winsome", "Flash Furniture", "Christopher Knight Home", "West Elm"],
          features: ["Swivel", "Backless", "Upholstered", "Set of 2"],
        },
        sofas: {
          nouns: ["Sofa", "Couch", "Sectional Sofa"],
          price: [300, 3000],
          brands: ["IKEA", "Ashley", "West Elm", "Article", "Pottery Barn", "Crate & Barrel", "Burrow"],
          features: ["Modern | Mid-Century", "Velvet | Leather | Linen", "Reclining"],
        },
        office_chairs: {
          price: [80, 1800],
          lines: [{
            nouns: ["Office Chair", "Ergonomic Chair", "Desk Chair"],
            price: [80, 600],
            brands: ["Branch", "HON", "IKEA", "Autonomous"],
            features: ["Mesh | Leather", "Ergonomic", "Adjustable", "High-Back", "Lumbar Support"],
          }, {
            nouns: ["Office Chair", "Ergonomic Chair"],
            price: [600, 1800],
            brands: ["Herman Miller", "Steelcase"],
            features: ["Mesh | Leather", "Adjustable", "Lumbar Support"],
          }, {
            nouns: ["Gaming Chair"],
            price: [150, 600],
            brands: ["Secretlab", "DXRacer", "Corsair", "Razer", "Noblechairs"],
            features: ["Leatherette | Fabric", "Reclining", "Lumbar Pillow"],
          }],
        },
        desks: {
          price: [90, 1200],
          lines: [{
            nouns: ["Standing Desk"],
            price: [200, 1200],
            brands: ["Flexispot", "Uplift", "Vari", "Fully"],
            features: ["Electric", "Dual-Motor", "Bamboo | Walnut | White", "48-Inch | 55-Inch | 60-Inch"],
          }, {
            nouns: ["Desk", "Writing Desk"],
            price: [90, 900],
            brands: ["IKEA", "Sauder", "West Elm", "Tribesigns", "Pottery Barn"],
            features: [WOOD, "L-Shaped", "Compact", "Mid-Century"],
          }],
        },
        bookshelves: {
          nouns: ["Bookshelf", "Bookcase"],
          price: [50, 600],
          brands: ["IKEA", "Sauder", "West Elm", "Pottery Barn", "Bush Furniture"],
          features: ["3-Shelf | 5-Shelf", WOOD, "Ladder", "Industrial"],
          lines: [{}, {
            nouns: ["Bookends", "Metal Bookends"],
            price: [8, 40],
            brands: ["Umbra", "Officemate", "Amazon Basics"],
            features: ["Non-Skid", "Set of 2 | Set of 4"],
          }],
        },
        dining_tables: {
          nouns: ["Dining Table", "Kitchen Table"],
          price: [150, 2000],
          brands: ["IKEA", "Ashley", "West Elm", "Crate & Barrel", "Pottery Barn"],
          features: ["Farmhouse | Mid-Century | Modern", "Round | Rectangular", "Solid Wood", "Extendable"],
        },
        tv_stands: {
          nouns: ["TV Stand", "Media Console"],
          price: [60, 800],
          brands: ["IKEA", "Sauder", "Walker Edison", "West Elm", "Crate & Barrel"],
          features: ["Farmhouse | Mid-Century | Modern", WOOD, "65-Inch | 75-Inch"],
        },
        beds: {
          nouns: ["Bed Frame", "Platform Bed"],
          price: [150, 2000],
          brands: ["IKEA", "Zinus", "Ashley", "Thuma", "West Elm", "Casper"],
          features: [BED_SIZE, "Upholstered | Solid Wood | Metal"],
        },
        kids_desks: {
          since: 7,
          nouns: ["Kids Desk", "Kids Study Desk"],
          price: [60, 250],
          brands: [
            "KidKraft",
            "Delta Children",
            "Guidecraft",
            "ECR4Kids",
            "Humble Crew",
            "Flash Furniture",
            "Costzon",
            "Step2",
          ],
          features: [
            "Wooden | Solid Wood | Plastic",
            "White | Natural | Grey",
            "Height-Adjustable",
            "Ergonomic | Space-Saving | Corner",
          ],
        },
      },
    },
    bedding: {
      leaves: {
        mattress_toppers: {
          since: 5,
          nouns: ["Mattress Topper", "Memory Foam Mattress Topper", "Mattress Pad"],
          price: [40, 400],
          brands: ["Tempur-Pedic", "Sleep Innovations", "Linenspa", "LUCID", "ViscoSoft"],
          features: ["2-Inch | 3-Inch | 4-Inch", "Cooling Gel", "Twin | Full | Queen | King"],
          model: false,
        },
        pillowcases: {
          since: 5,
          nouns: ["Pillowcases", "Silk Pillowcase", "Satin Pillowcase"],
          price: [10, 90],
          brands: ["Slip", "Brooklinen", "Bedsure", "Mulberry Park Silks", "Kitsch"],
          features: ["Standard | Queen | King", "2-Pack", "White | Blush | Charcoal"],
          model: false,
        },
        pillows: {
          nouns: ["Pillow", "Memory Foam Pillow"],
          price: [15, 120],
          brands: ["Casper", "Tempur-Pedic", "Coop Home Goods", "Purple", "Brooklinen"],
          features: ["Standard | Queen | King", "Cooling", "Adjustable", "Hypoallergenic"],
        },
        blankets: {
          since: 2,
          price: [25, 300],
          lines: [{
            nouns: ["Weighted Blanket"],
            brands: ["Bearaby", "Gravity", "YnM", "Quility", "ZonLi", "Baloo Living"],
            features: [
              "15 lb | 20 lb | 10 lb | 12 lb | 25 lb",
              "Knit | Cotton | Minky | Bamboo",
              "Cooling",
              "48x72-Inch | 60x80-Inch",
            ],
          }, {
            nouns: ["Throw Blanket", "Blanket"],
            brands: ["Barefoot Dreams", "Pendleton", "Brooklinen", "Bedsure", "Eddie Bauer", "L.L.Bean"],
            features: [
              "Fleece | Knit | Sherpa | Wool | Cashmere | Waffle | Faux Fur",
              "Oversized",
              "Reversible",
              "Fringed",
            ],
          }],
        },
        duvet_covers: {
          since: 2,
          nouns: ["Duvet Cover", "Duvet Cover Set"],
          price: [60, 400],
          brands: ["Brooklinen", "Parachute", "Boll & Branch", "IKEA", "Quince"],
          features: [BED_SIZE, "Linen | Percale | Sateen", "Organic Cotton"],
        },
        comforters: {
          nouns: ["Comforter", "Duvet"],
          price: [40, 400],
          brands: ["Brooklinen", "Parachute", "Buffy", "Pottery Barn", "Coop Home Goods"],
          features: ["Twin | Full | Queen | King", "Down | Down Alternative", "All-Season | Lightweight"],
        },
        sheets: {
          nouns: ["Sheet Set", "Bed Sheets"],
          price: [25, 250],
          brands: ["Brooklinen", "Parachute", "Boll & Branch", "Mellanni", "Cariloha"],
          features: [BED_SIZE, "Cotton Percale | Cotton Sateen | Linen | Bamboo", "Deep Pocket"],
        },
        mattresses: {
          nouns: ["Mattress", "Memory Foam Mattress"],
          price: [200, 2500],
          brands: ["Casper", "Tempur-Pedic", "Purple", "Saatva", "Nectar", "Tuft & Needle", "Sealy"],
          features: [BED_SIZE, "10-Inch | 12-Inch", "Hybrid", "Medium-Firm | Firm | Plush", "Cooling"],
        },
      },
    },
    bath: {
      leaves: {
        shower_heads: {
          since: 5,
          nouns: ["Showerhead", "Handheld Showerhead", "Rain Showerhead"],
          price: [20, 250],
          brands: ["Moen", "Delta", "Kohler", "Waterpik", "Speakman"],
          features: ["High Pressure", "Filtered", "Chrome | Matte Black | Brushed Nickel"],
          model: false,
        },
        towels: {
          since: 2,
          nouns: ["Bath Towel", "Towel Set", "Hand Towel"],
          price: [12, 150],
          brands: ["Brooklinen", "Parachute", "Boll & Branch", "Cariloha", "Amazon Basics"],
          features: ["Turkish Cotton | Bamboo | Organic Cotton", "Quick-Dry", "Plush"],
        },
        shower_curtains: {
          since: 2,
          nouns: ["Shower Curtain", "Shower Curtain Liner"],
          price: [12, 90],
          brands: ["mDesign", "Umbra", "Parachute", "Amazon Basics", "Threshold"],
          features: ["Waterproof", "Linen | Cotton | Polyester", "Weighted Hem"],
        },
        bath_mats: {
          since: 2,
          nouns: ["Bath Mat", "Bath Rug"],
          price: [12, 80],
          brands: ["Parachute", "Brooklinen", "mDesign", "Gorilla Grip", "Umbra"],
          features: ["Memory Foam | Cotton | Diatomite", "Non-Slip", "Quick-Dry"],
        },
        shower_caddies: {
          since: 6,
          nouns: ["Shower Caddy", "Shower Organizer"],
          price: [15, 80],
          brands: [
            "simplehuman",
            "mDesign",
            "Umbra",
            "Zenna Home",
            "iDesign",
            "Yamazaki",
            "Kenney",
            "Amazon Basics",
          ],
          features: [
            "Hanging | Corner | Adhesive | Suction",
            "Rustproof",
            "Stainless Steel | Bamboo | Aluminum",
            "2-Tier | 3-Tier | 4-Tier",
            "Quick-Drain",
          ],
        },
        toilet_seats: {
          since: 6,
          nouns: ["Toilet Seat"],
          price: [20, 120],
          brands: ["Kohler", "American Standard", "Bemis", "Mayfair"],
          features: ["Elongated | Round", "Slow-Close", "Quick-Release", "White | Biscuit"],
        },
        toilet_brushes: {
          since: 6,
          price: [8, 45],
          lines: [{
            nouns: ["Toilet Brush", "Toilet Brush and Holder"],
            brands: ["simplehuman", "OXO", "mDesign", "Umbra"],
            features: ["Stainless Steel | Plastic", "Compact"],
          }, {
            nouns: ["Plunger", "Toilet Plunger"],
            brands: ["Korky", "OXO", "Luigi's"],
            features: ["Flange", "Compact"],
          }],
        },
        toothbrush_holders: {
          since: 7,
          nouns: ["Toothbrush Holder"],
          price: [8, 40],
          brands: [
            "mDesign",
            "Umbra",
            "iDesign",
            "simplehuman",
            "OXO",
            "Zenna Home",
            "Bino",
            "Amazon Basics",
            "Yamazaki",
            "Kohler",
          ],
          features: [
            "Wall-Mounted | Countertop | Adhesive",
            "Stainless Steel | Ceramic | Bamboo | Resin | Porcelain",
            "2-Slot | 3-Slot | 4-Slot | 5-Slot",
            "Modern | Farmhouse | Minimalist",
            "Drainable",
          ],
        },
      },
    },
    cleaning: {
      leaves: {
        toilet_paper: {
          since: 5,
          price: [8, 45],
          lines: [{
            nouns: ["Toilet Paper", "Bath Tissue"],
            brands: ["Charmin", "Cottonelle", "Scott", "Angel Soft", "Quilted Northern"],
            features: ["Ultra Soft | Ultra Strong", "Septic-Safe"],
            sizes: ["12 Rolls", "18 Rolls", "24 Rolls"],
          }, {
            nouns: ["Paper Towels"],
            brands: ["Bounty", "Viva", "Scott"],
            features: ["Select-A-Size", "Double Rolls"],
            sizes: ["6 Rolls", "8 Rolls", "12 Rolls"],
          }],
          model: false,
        },
        mops: {
          since: 2,
          price: [20, 180],
          lines: [{
            nouns: ["Mop", "Spin Mop"],
            brands: ["O-Cedar", "Swiffer", "Libman", "Rubbermaid", "Bona", "Quickie", "Casabella"],
            features: ["Microfiber", "Reusable Pads", "Extendable", "360-Degree | Swivel Head"],
          }, {
            nouns: ["Steam Mop"],
            brands: ["Bissell", "Shark", "O-Cedar", "Hoover"],
            features: ["Microfiber Pads", "Lightweight", "Scrubbing", "Sanitizing", "Cordless", "2-in-1"],
          }, {
            nouns: ["Mop Bucket", "Mop and Bucket Set"],
            price: [15, 60],
            brands: ["O-Cedar", "Libman", "Rubbermaid", "Casabella", "Quickie"],
            features: ["Wringer", "Wheeled", "Dual-Chamber", "Commercial"],
          }],
        },
        trash_cans: {
          since: 2,
          nouns: ["Trash Can", "Kitchen Trash Can"],
          price: [25, 250],
          brands: ["simplehuman", "iTouchless", "Rubbermaid", "Umbra", "Brabantia"],
          features: ["8-Gallon | 10-Gallon | 13-Gallon", "Stainless Steel", "Touchless | Step"],
        },
        laundry_detergent: {
          since: 2,
          price: [8, 35],
          brands: ["Tide", "Persil", "Gain", "Arm & Hammer", "Seventh Generation"],
          lines: [{
            nouns: ["Laundry Detergent"],
            features: ["Liquid | Powder", "Free & Clear | Original Scent | Lavender", "HE"],
            sizes: ["64 oz", "92 oz", "150 oz"],
          }, {
            nouns: ["Laundry Pods"],
            features: ["Free & Clear | Original Scent", "HE"],
            sizes: ["42 Count", "81 Count"],
          }],
        },
        laundry_baskets: {
          since: 2,
          nouns: ["Laundry Basket", "Laundry Hamper"],
          price: [12, 90],
          brands: ["Rubbermaid", "mDesign", "Umbra", "Sterilite", "Brabantia"],
          features: ["Collapsible", "Wicker | Plastic | Cotton Rope", "Lidded"],
          lines: [{}, {
            nouns: ["Laundry Bag", "Mesh Laundry Bag"],
            price: [6, 25],
            brands: ["mDesign", "Whitmor", "Household Essentials"],
            features: ["Drawstring", "Washable", "Extra Large"],
          }],
        },
        brooms: {
          since: 6,
          price: [12, 60],
          lines: [{
            nouns: ["Broom", "Broom and Dustpan Set", "Angle Broom", "Dustpan"],
            brands: ["O-Cedar", "Libman", "OXO", "Quickie", "Casabella"],
            features: ["Indoor | Indoor/Outdoor", "Upright", "Long-Handle"],
          }, {
            nouns: ["Push Broom"],
            brands: ["Libman", "Quickie", "Rubbermaid"],
            features: ["18-Inch | 24-Inch | 36-Inch", "Indoor/Outdoor"],
          }],
          model: false,
        },
        vacuum_bags: {
          since: 7,
          nouns: ["Vacuum Bags", "Replacement Vacuum Bags"],
          price: [8, 30],
          brands: ["Hoover", "Miele", "Kenmore", "Electrolux", "Eureka", "Oreck", "Kirby", "EnviroCare"],
          features: ["HEPA", "Allergen Filtration", "Type A | Type Q | Type Y", "Micro-Lined"],
          sizes: ["5-Pack", "10-Pack", "3-Pack", "6-Pack", "12-Pack"],
        },
        trash_bags: {
          since: 6,
          nouns: ["Trash Bags", "Garbage Bags", "Kitchen Trash Bags"],
          price: [8, 35],
          brands: ["Glad", "Hefty", "Amazon Basics"],
          features: ["13-Gallon | 30-Gallon | 33-Gallon", "Drawstring", "Scented | Unscented"],
          sizes: ["40 Count", "80 Count", "120 Count"],
          model: false,
        },
        fabric_softener: {
          since: 6,
          price: [6, 30],
          lines: [{
            nouns: ["Dryer Sheets"],
            brands: ["Bounce", "Snuggle", "Downy", "Gain"],
            features: ["Free & Clear | Outdoor Fresh", "Mega"],
            sizes: ["120 Count", "240 Count"],
          }, {
            nouns: ["Fabric Softener"],
            brands: ["Downy", "Snuggle", "Gain", "Suavitel"],
            features: ["Liquid", "Free & Clear | Original Scent"],
            sizes: ["64 oz", "90 oz"],
          }, {
            nouns: ["Wool Dryer Balls"],
            brands: ["Smart Sheep", "Friendsheep", "Handy Laundry"],
            features: ["Organic", "XL"],
            sizes: ["6-Pack"],
          }],
          model: false,
        },
        tissues: {
          since: 6,
          nouns: ["Facial Tissues", "Tissues"],
          price: [5, 30],
          brands: ["Kleenex", "Puffs", "Amazon Basics"],
          features: ["Ultra Soft", "2-Ply | 3-Ply"],
          sizes: ["4 Boxes", "12 Boxes"],
          model: false,
        },
        household_cleaners: {
          since: 6,
          price: [4, 30],
          lines: [{
            nouns: ["Disinfecting Wipes"],
            brands: ["Clorox", "Lysol", "Seventh Generation"],
            features: ["Lemon | Fresh Scent", "Bleach-Free"],
            sizes: ["75 Count", "3-Pack"],
          }, {
            nouns: ["All-Purpose Cleaner", "Multi-Surface Cleaner"],
            brands: ["Method", "Mrs. Meyer's", "Lysol", "Clorox", "Seventh Generation"],
            features: ["Spray", "Lavender | Lemon | Unscented"],
            sizes: ["28 oz", "2-Pack"],
          }, {
            nouns: ["Dish Soap", "Dishwashing Liquid"],
            brands: ["Dawn", "Palmolive", "Seventh Generation", "Mrs. Meyer's", "Method"],
            features: ["Lemon | Lavender | Original Scent", "Ultra"],
            sizes: ["19 oz", "3-Pack"],
          }, {
            nouns: ["Dishwasher Detergent"],
            brands: ["Cascade", "Finish", "Seventh Generation"],
            features: ["Pods | Gel | Powder", "Fresh Scent | Free & Clear"],
            sizes: ["48 Count", "90 Count"],
          }, {
            nouns: ["Window Cleaner", "Glass Cleaner"],
            brands: ["Windex", "Sprayway", "Method", "Seventh Generation"],
            features: ["Streak-Free", "Ammonia-Free"],
            sizes: ["23 oz", "2-Pack"],
          }],
          model: false,
        },
        air_fresheners: {
          since: 6,
          nouns: ["Air Freshener", "Plug-In Air Freshener", "Room Spray"],
          price: [4, 30],
          brands: ["Febreze", "Glade", "Air Wick", "Renuzit"],
          features: ["Lavender | Linen | Citrus", "Odor-Eliminating"],
          sizes: ["2-Pack", "6-Pack"],
          model: false,
        },
        ironing_boards: {
          since: 6,
          nouns: ["Ironing Board", "Tabletop Ironing Board"],
          price: [20, 150],
          brands: ["Brabantia", "Polder", "Minky", "Household Essentials"],
          features: ["Folding", "Padded", "Adjustable Height"],
          model: false,
        },
      },
    },
    storage: {
      leaves: {
        storage_bins: {
          since: 5,
          nouns: ["Storage Bins", "Storage Baskets", "Storage Boxes"],
          price: [15, 80],
          brands: ["Sterilite", "IRIS USA", "mDesign", "Rubbermaid", "SONGMICS"],
          features: ["Stackable", "With Lids", "Clear | Gray | White", "4-Pack | 6-Pack"],
          model: false,
        },
        shoe_racks: {
          since: 5,
          nouns: ["Shoe Rack", "Shoe Organizer", "Shoe Storage Cabinet"],
          price: [20, 200],
          brands: ["Seville Classics", "SONGMICS", "SimpleHouseware", "Whitmor"],
          features: ["3-Tier | 4-Tier | 5-Tier", "Metal | Bamboo", "Stackable"],
          model: false,
        },
        coat_racks: {
          since: 5,
          price: [20, 180],
          brands: ["VASAGLE", "SONGMICS", "Umbra", "Yamazaki"],
          lines: [
            { nouns: ["Coat Rack"], features: ["Standing | Wall-Mounted", "Black | Natural Wood"] },
            { nouns: ["Hall Tree"], features: ["With Bench", "Black | Natural Wood"] },
            { nouns: ["Wall Hooks"], features: ["5-Hook | 8-Hook", "Black | Natural Wood"] },
          ],
          model: false,
        },
        hangers: {
          since: 6,
          nouns: ["Hangers", "Velvet Hangers", "Wooden Hangers", "Clothes Hangers"],
          price: [10, 60],
          brands: ["Zober", "SONGMICS", "Amazon Basics", "Joy Mangano"],
          features: ["Non-Slip", "Black | White | Gray", "Slim"],
          sizes: ["20-Pack", "50-Pack", "100-Pack"],
          model: false,
        },
        closet_organizers: {
          since: 7,
          price: [12, 500],
          lines: [{
            nouns: ["Closet Organizer", "Closet System"],
            price: [40, 500],
            brands: ["ClosetMaid", "Rubbermaid", "Elfa"],
            features: ["Adjustable", "Expandable"],
          }, {
            nouns: ["Hanging Closet Organizer"],
            price: [12, 35],
            brands: ["Whitmor", "mDesign", "SimpleHouseware"],
            features: ["Collapsible", "4-Shelf | 6-Shelf"],
          }],
        },
        wall_shelves: {
          since: 7,
          nouns: ["Floating Shelves", "Wall Shelf", "Floating Shelf"],
          price: [15, 80],
          brands: ["Lewis Hyman", "InPlace", "Umbra", "Fixwal"],
          features: ["Set of 2 | Set of 3", "Wood | White | Black"],
        },
        jewelry_boxes: {
          since: 7,
          nouns: ["Jewelry Box", "Jewelry Organizer"],
          price: [20, 150],
          brands: ["Mele & Co.", "Stackers", "SONGMICS"],
          features: ["Lockable", "Velvet-Lined", "2-Tier | 3-Tier"],
        },
      },
    },
    decor: {
      leaves: {
        alarm_clocks: {
          since: 5,
          nouns: ["Alarm Clock", "Sunrise Alarm Clock", "Digital Alarm Clock"],
          price: [12, 180],
          brands: ["Hatch", "Philips", "Loftie", "Sharp", "Westclox"],
          features: ["Wake-Up Light", "USB Charging", "Dual Alarm"],
          model: false,
        },
        diffusers: {
          since: 5,
          price: [15, 130],
          lines: [{
            nouns: ["Essential Oil Diffuser", "Aroma Diffuser"],
            brands: ["Vitruvi", "ASAKUKI", "InnoGear", "Pure Enrichment"],
            features: ["Ultrasonic", "Color-Changing Light", "Auto Shut-Off"],
          }, {
            nouns: ["Reed Diffuser"],
            brands: ["Vitruvi", "Bath & Body Works", "NEST", "Voluspa"],
            features: ["Lavender | Eucalyptus | Cedar", "8 Reeds"],
          }],
          model: false,
        },
        vases: {
          since: 3,
          nouns: ["Vase", "Flower Vase"],
          price: [12, 150],
          brands: ["Umbra", "West Elm", "Pottery Barn", "IKEA", "Kate and Laurel"],
          features: ["Ceramic | Glass | Stoneware", "Tall | Bud", "Handmade"],
        },
        wall_clocks: {
          since: 3,
          nouns: ["Wall Clock"],
          price: [15, 200],
          brands: [
            "Umbra",
            "Newgate",
            "Seiko",
            "Howard Miller",
            "Kate and Laurel",
            "La Crosse Technology",
            "Bulova",
            "Infinity Instruments",
            "Sterling & Noble",
          ],
          features: [
            "Silent",
            "Round | Square | Oval | Sunburst",
            "Modern | Farmhouse | Vintage | Industrial | Mid-Century",
            "12-Inch | 14-Inch | 18-Inch | 24-Inch",
            "Atomic | Quartz",
          ],
        },
        lamps: {
          price: [8, 400],
          lines: [{
            nouns: ["Lamp", "Table Lamp", "Floor Lamp"],
            price: [20, 400],
            brands: ["IKEA", "West Elm", "Pottery Barn", "Brightech", "Globe"],
            features: ["Modern | Mid-Century | Industrial", "Brass | Ceramic | Wood", "Dimmable", "LED"],
          }, {
            nouns: ["Night Light"],
            price: [8, 40],
            brands: ["GE", "Hatch", "Emotionlite", "Mr Beams"],
            features: ["Plug-In | Battery-Powered", "Motion Sensor", "Dusk-to-Dawn", "Dimmable"],
          }, {
            nouns: ["Book Light", "Clip-On Book Light"],
            price: [10, 25],
            brands: ["Glocusent", "LuminoLite", "Vekkia"],
            features: ["Rechargeable", "Warm White | Amber"],
          }],
        },
        rugs: {
          nouns: ["Rug", "Area Rug"],
          price: [40, 900],
          brands: ["Safavieh", "nuLOOM", "Ruggable", "Loloi", "West Elm"],
          features: [
            "5x7 | 8x10 | 9x12",
            "Vintage | Moroccan | Geometric | Boho",
            "Wool | Jute | Cotton",
            "Washable",
          ],
        },
        curtains: {
          nouns: ["Curtains", "Blackout Curtains"],
          price: [20, 200],
          brands: ["NICETOWN", "Deconovo", "IKEA", "Pottery Barn", "Eclipse"],
          features: ["63-Inch | 84-Inch | 96-Inch", "Linen | Velvet | Cotton", "Thermal", "2 Panels"],
        },
        picture_frames: {
          since: 2,
          nouns: ["Picture Frame", "Photo Frame"],
          price: [10, 80],
          brands: ["Umbra", "Americanflat", "IKEA", "Pottery Barn", "Kate and Laurel"],
          features: ["5x7 | 8x10 | 11x14", "Black | Gold | Oak", "Gallery"],
        },
        wall_art: {
          nouns: ["Wall Art", "Canvas Print"],
          price: [20, 500],
          brands: ["Stupell", "Society6", "Minted", "IKEA", "Kate and Laurel"],
          features: ["Abstract | Botanical | Landscape | Coastal", "Framed", "Large", "Set of 3"],
        },
        mirrors: {
          nouns: ["Mirror", "Wall Mirror"],
          price: [25, 400],
          brands: ["Umbra", "IKEA", "West Elm", "Pottery Barn", "Kate and Laurel"],
          features: ["Round | Arched | Rectangular", "Gold | Black | Brass", "Full-Length"],
        },
        candles: {
          nouns: ["Scented Candle", "Candle Set"],
          price: [8, 80],
          brands: ["Bath & Body Works", "Diptyque", "Voluspa", "Boy Smells", "Homesick"],
          features: ["Lavender | Vanilla | Sandalwood | Fresh Linen", "Soy Wax", "3-Wick"],
          lines: [{}, {
            nouns: ["Candle Holder", "Candlestick Holder"],
            price: [12, 80],
            brands: ["Hosley", "Lenox", "Nambe"],
            features: ["Set of 2 | Set of 3", "Gold | Black | Clear"],
          }],
        },
        doormats: {
          since: 6,
          nouns: ["Doormat", "Door Mat", "Welcome Mat"],
          price: [15, 80],
          brands: ["Gorilla Grip", "Mohawk", "Bungalow Flooring", "Envelor"],
          features: ["Outdoor | Indoor", "Non-Slip", "Low-Profile"],
        },
        curtain_rods: {
          since: 6,
          price: [15, 90],
          lines: [{
            nouns: ["Curtain Rod"],
            brands: ["Umbra", "Kenney", "Amazon Basics", "IKEA", "Ivilon", "Decopolitan", "Kirsch"],
            features: [
              "Adjustable",
              "Black | Brass | Nickel",
              "Single | Double",
              "28-48 Inch | 36-72 Inch | 72-144 Inch",
              "Decorative",
            ],
          }, {
            nouns: ["Shower Curtain Rod", "Tension Shower Rod"],
            brands: ["Moen", "Kenney", "Umbra", "Zenna Home", "Maytex", "iDesign"],
            features: [
              "Curved | Straight",
              "Rustproof",
              "Stainless Steel | Aluminum",
              "Easy-Install",
              "43-72 Inch | 60-72 Inch",
            ],
          }],
        },
        blinds: {
          since: 6,
          nouns: ["Blinds", "Cordless Blinds", "Roller Shades", "Window Shades"],
          price: [20, 200],
          brands: ["Levolor", "Bali", "Chicology", "Achim"],
          features: ["Blackout | Light-Filtering", "Cordless", "White | Gray | Natural"],
        },
        holiday_lights: {
          since: 7,
          nouns: ["Christmas Lights", "String Lights", "Fairy Lights"],
          price: [10, 120],
          brands: ["GE", "Twinkly", "Brizled", "Minetom"],
          features: ["LED", "Warm White | Multicolor", "Connectable"],
        },
      },
    },
    appliances: {
      model: true,
      leaves: {
        sound_machines: {
          since: 5,
          nouns: ["White Noise Machine", "Sound Machine"],
          price: [20, 100],
          brands: ["Yogasleep", "Hatch", "LectroFan", "Homedics", "SNOOZ", "Dreamegg", "Letsfit"],
          features: [
            "Night Light",
            "Portable",
            "30 Sounds | 20 Sounds | 10 Sounds | 6 Sounds",
            "Sleep Timer",
            "Rechargeable | USB-Powered",
            "Bluetooth",
          ],
          model: false,
        },
        vacuums: {
          price: [60, 900],
          lines: [{
            nouns: ["Robot Vacuum"],
            price: [150, 900],
            brands: ["iRobot", "Roborock", "Ecovacs", "Shark", "Eufy"],
            features: ["Self-Emptying", "LiDAR Navigation", "Wi-Fi"],
          }, {
            nouns: ["Vacuum Cleaner", "Cordless Vacuum"],
            price: [60, 450],
            brands: ["Shark", "Bissell", "Hoover", "Tineco"],
            features: ["Cordless", "Bagless", "HEPA", "Lightweight"],
          }, {
            nouns: ["Vacuum Cleaner", "Cordless Vacuum"],
            price: [300, 900],
            brands: ["Dyson", "Miele"],
            features: ["Cordless", "HEPA", "Lightweight"],
          }],
        },
        air_purifiers: {
          nouns: ["Air Purifier"],
          price: [60, 700],
          brands: ["Levoit", "Coway", "Dyson", "Blueair", "Honeywell", "Winix"],
          features: ["HEPA | True HEPA", "Smart", "Quiet", "Large Room"],
        },
        heaters: {
          nouns: ["Space Heater", "Heater"],
          price: [30, 250],
          brands: ["De'Longhi", "Dr Infrared Heater", "Honeywell", "Vornado", "Lasko", "Dreo"],
          features: ["Ceramic | Oil-Filled | Infrared", "Portable", "1500W", "Digital"],
        },
        fans: {
          price: [20, 350],
          lines: [{
            nouns: ["Fan", "Tower Fan"],
            price: [20, 450],
            brands: ["Vornado", "Lasko", "Honeywell", "Dreo"],
            features: ["Oscillating", "Quiet", "Smart"],
          }, {
            nouns: ["Fan", "Bladeless Fan"],
            price: [150, 600],
            brands: ["Dyson"],
            features: ["Air Purifying", "Quiet", "Smart"],
          }, {
            nouns: ["Ceiling Fan"],
            price: [60, 350],
            brands: ["Hunter", "Minka-Aire", "Casablanca", "Honeywell"],
            features: ["44-Inch | 52-Inch | 60-Inch", "LED", "Smart", "Outdoor"],
          }, {
            nouns: ["Air Conditioner", "Portable Air Conditioner", "Window Air Conditioner"],
            price: [150, 700],
            brands: ["LG", "Frigidaire", "Midea", "GE", "Honeywell", "Black+Decker"],
            features: ["8000 BTU | 10000 BTU | 12000 BTU", "Inverter", "Smart", "Quiet"],
          }],
        },
        humidifiers: {
          price: [25, 350],
          lines: [{
            nouns: ["Humidifier"],
            price: [25, 250],
            brands: ["Levoit", "Vicks", "Honeywell", "Dyson", "Pure Enrichment"],
            features: ["Cool Mist | Warm Mist", "Ultrasonic", "Quiet", "Smart"],
          }, {
            nouns: ["Dehumidifier"],
            price: [120, 350],
            brands: ["Frigidaire", "Midea", "hOmeLabs", "LG", "Honeywell"],
            features: ["22-Pint | 35-Pint | 50-Pint", "Energy Star", "Quiet", "Smart"],
          }],
        },
        dishwashers: {
          since: 2,
          nouns: ["Dishwasher"],
          price: [300, 1800],
          brands: ["Bosch", "Miele", "KitchenAid", "Whirlpool", "GE", "Samsung"],
          features: ["Built-In | Portable | Countertop", "Quiet", "Stainless Steel", "Third Rack"],
        },
        washing_machines: {
          nouns: ["Washing Machine", "Washer"],
          price: [350, 1800],
          brands: ["Samsung", "LG", "Whirlpool", "Speed Queen", "Maytag", "GE"],
          features: ["Front Load | Top Load", "Smart", "Steam", "Energy Star"],
        },
        refrigerators: {
          price: [150, 3500],
          lines: [{
            nouns: ["Refrigerator", "Fridge"],
            price: [800, 3500],
            brands: ["Samsung", "LG", "Whirlpool", "GE", "Frigidaire", "Bosch"],
            features: [
              "French Door | Side-by-Side | Top Freezer",
              "Stainless Steel",
              "Counter-Depth",
              "Smart",
            ],
          }, {
            nouns: ["Mini Fridge"],
            price: [150, 600],
            brands: ["Frigidaire", "Galanz", "Midea", "Smeg", "Insignia"],
            features: ["Retro", "Stainless Steel", "Dual-Door"],
          }],
        },
        dryers: {
          since: 6,
          price: [600, 3500],
          lines: [{
            nouns: ["Dryer", "Electric Dryer", "Gas Dryer", "Clothes Dryer"],
            price: [600, 1800],
            brands: ["LG", "Samsung", "Whirlpool", "Maytag", "GE", "Electrolux"],
            features: ["7.4 Cu. Ft. | 7.8 Cu. Ft.", "Steam", "Smart", "Moisture Sensor"],
          }, {
            nouns: ["Washer Dryer Combo", "All-in-One Washer Dryer"],
            price: [1200, 3200],
            brands: ["LG", "GE", "Samsung"],
            features: ["Ventless", "Smart"],
          }, {
            nouns: ["Washer and Dryer Set", "Stackable Washer and Dryer"],
            price: [1200, 3500],
            brands: ["LG", "Samsung", "Whirlpool", "Maytag", "GE"],
            features: ["Front Load | Top Load", "Smart", "Energy Star"],
          }],
        },
        carpet_cleaners: {
          since: 6,
          nouns: ["Carpet Cleaner", "Portable Carpet Cleaner"],
          price: [90, 450],
          brands: ["Bissell", "Hoover", "Rug Doctor"],
          features: ["Pet", "Lightweight"],
        },
        freezers: {
          since: 6,
          price: [150, 1200],
          lines: [{
            nouns: ["Chest Freezer", "Deep Freezer"],
            price: [150, 600],
            brands: ["Frigidaire", "GE", "Midea", "Insignia", "Whirlpool"],
            features: ["3.5 Cu. Ft. | 5 Cu. Ft. | 7 Cu. Ft.", "Garage-Ready", "Energy Star"],
          }, {
            nouns: ["Upright Freezer", "Freezer"],
            price: [400, 1200],
            brands: ["Frigidaire", "GE", "Midea", "Whirlpool"],
            features: ["13 Cu. Ft. | 17 Cu. Ft. | 20 Cu. Ft.", "Frost-Free", "Garage-Ready"],
          }],
        },
        range_hoods: {
          since: 6,
          nouns: ["Range Hood", "Under-Cabinet Range Hood", "Wall-Mount Range Hood"],
          price: [100, 1200],
          brands: ["Broan", "Cosmo", "ZLINE", "Hauslane"],
          features: ["30-Inch | 36-Inch", "Stainless Steel", "Convertible", "LED"],
        },
        cooktops: {
          since: 6,
          price: [50, 2500],
          lines: [{
            nouns: ["Cooktop", "Induction Cooktop", "Electric Cooktop", "Gas Cooktop"],
            price: [500, 2500],
            brands: ["GE", "Frigidaire", "Bosch", "Samsung", "Whirlpool"],
            features: ["30-Inch | 36-Inch", "Built-In", "Smart"],
          }, {
            nouns: ["Portable Induction Cooktop", "Induction Burner"],
            price: [50, 250],
            brands: ["Duxtop", "Nuwave", "iSiLER"],
            features: ["1800W", "Digital", "Timer"],
            model: false,
          }],
        },
        stoves: {
          since: 6,
          nouns: ["Gas Stove", "Electric Stove", "Induction Stove"],
          price: [600, 3500],
          brands: ["GE", "Frigidaire", "Samsung", "LG", "Whirlpool", "Bosch"],
          features: ["30-Inch", "Convection", "Air Fry", "Smart", "Stainless Steel"],
        },
        irons: {
          since: 6,
          price: [20, 150],
          lines: [{
            nouns: ["Steam Iron", "Clothes Iron"],
            brands: ["Rowenta", "Black+Decker", "Shark", "Hamilton Beach", "CHI"],
            features: ["1700W | 1800W", "Anti-Drip", "Auto Shut-Off"],
          }, {
            nouns: ["Garment Steamer", "Clothes Steamer"],
            brands: ["Conair", "Rowenta", "Jiffy", "PurSteam", "Hamilton Beach"],
            features: ["Handheld | Standing", "Portable", "1500W"],
          }],
          model: false,
        },
      },
    },
    safety: {
      leaves: {
        smoke_detectors: {
          since: 6,
          price: [15, 130],
          lines: [{
            nouns: ["Smoke Detector", "Smoke Alarm"],
            price: [15, 60],
            brands: ["First Alert", "Kidde", "X-Sense"],
            features: ["Battery-Powered | Hardwired", "10-Year Battery", "Interconnected"],
          }, {
            nouns: ["Smoke and Carbon Monoxide Detector", "Smoke and CO Alarm"],
            price: [30, 130],
            brands: ["First Alert", "Kidde", "X-Sense"],
            features: ["Battery-Powered | Hardwired", "Voice Alerts", "Interconnected"],
          }],
        },
        co_detectors: {
          since: 6,
          nouns: ["Carbon Monoxide Detector", "CO Detector", "Carbon Monoxide Alarm"],
          price: [20, 60],
          brands: ["First Alert", "Kidde", "X-Sense", "BRK", "Universal Security Instruments"],
          features: [
            "Plug-In | Battery-Powered | Hardwired",
            "Digital Readout",
            "Voice Alert",
            "Sealed 10-Year",
            "Wi-Fi | Interconnected",
            "2-Pack | 3-Pack",
          ],
        },
        fire_extinguishers: {
          since: 6,
          nouns: ["Fire Extinguisher", "Home Fire Extinguisher"],
          price: [20, 90],
          brands: ["First Alert", "Kidde", "Amerex"],
          features: ["ABC | Kitchen", "Rechargeable", "5 lb | 2.5 lb"],
        },
      },
    },
    party: {
      leaves: {
        gift_wrap: {
          since: 7,
          nouns: ["Gift Bags", "Wrapping Paper", "Gift Wrap"],
          price: [5, 30],
          brands: ["Hallmark", "American Greetings", "Jillson & Roberts", "Papyrus", "Wrappily"],
          features: [
            "Assorted Designs | Floral | Kraft | Striped | Polka Dot | Metallic",
            "Recyclable",
            "Large | Medium | Small",
            "Reversible",
          ],
        },
        party_supplies: {
          since: 7,
          price: [3, 35],
          lines: [{
            nouns: ["Balloons", "Latex Balloons", "Party Balloons"],
            price: [6, 25],
            brands: ["Qualatex", "Amscan", "Party Woo"],
            features: ["12-Inch", "Assorted Colors", "Metallic"],
            sizes: ["50 Count", "100 Count"],
          }, {
            nouns: ["Birthday Candles", "Number Candles"],
            price: [3, 12],
            brands: ["Wilton", "Amscan"],
            features: ["Gold | Multicolor"],
          }, {
            nouns: ["Party Decorations", "Birthday Decorations", "Happy Birthday Banner"],
            price: [8, 35],
            brands: ["Amscan", "Party Woo", "Beistle"],
            features: ["Gold | Rose Gold | Multicolor"],
          }],
        },
        greeting_cards: {
          since: 7,
          nouns: ["Greeting Card", "Birthday Card", "Blank Greeting Cards"],
          price: [3, 15],
          brands: ["Hallmark", "American Greetings", "Papyrus", "Lovepop", "Carlton Cards"],
          features: [
            "Funny | Sentimental | Religious | Inspirational",
            "Glitter",
            "Pop-Up | Handmade | Letterpress",
            "Musical",
          ],
        },
        costumes: {
          since: 7,
          nouns: ["Halloween Costume", "Costume"],
          price: [20, 80],
          brands: [
            "Rubie's",
            "Disguise",
            "Fun World",
            "Leg Avenue",
            "California Costumes",
            "InCharacter",
            "Forum Novelties",
            "Morphsuits",
          ],
          features: [
            "Deluxe | Classic | Premium",
            "Hooded",
            "Pirate | Witch | Vampire | Superhero | Skeleton | Ninja | Zombie | Princess | Dinosaur",
            "Inflatable",
            "Glow-in-the-Dark",
          ],
        },
      },
    },
  },
  kitchen: {
    appliances: {
      model: true,
      leaves: {
        juicers: {
          since: 5,
          nouns: ["Juicer", "Cold Press Juicer", "Citrus Juicer"],
          price: [30, 500],
          brands: ["Breville", "Hamilton Beach", "Omega", "Hurom", "Cuisinart"],
          features: ["Wide Chute", "BPA-Free", "Easy Clean"],
          model: true,
        },
        waffle_makers: {
          since: 5,
          nouns: ["Waffle Maker", "Belgian Waffle Maker", "Mini Waffle Maker"],
          price: [15, 150],
          brands: ["Cuisinart", "Dash", "Chefman", "Hamilton Beach", "Breville"],
          features: ["Nonstick", "Flip", "Browning Control"],
          model: true,
        },
        blenders: {
          nouns: ["Blender", "Smoothie Blender"],
          price: [30, 700],
          lines: [{
            brands: ["Ninja", "NutriBullet", "KitchenAid", "Oster", "Breville"],
            price: [30, 300],
            features: ["1000W | 1200W | 1500W", "High-Speed", "Professional", "Personal"],
          }, {
            brands: ["Vitamix", "Blendtec"],
            price: [300, 700],
            features: ["1500W", "High-Speed", "Professional", "Programmable"],
          }],
        },
        coffee_makers: {
          price: [30, 1500],
          lines: [{
            nouns: ["Coffee Maker", "Coffee Machine"],
            price: [30, 350],
            brands: ["Cuisinart", "Mr. Coffee", "Hamilton Beach", "Keurig", "Ninja", "Moccamaster"],
            features: ["Single-Serve | 10-Cup | 12-Cup", "Programmable", "Thermal Carafe"],
          }, {
            nouns: ["Espresso Machine"],
            price: [100, 1500],
            brands: ["Breville", "De'Longhi", "Gaggia", "Philips"],
            features: ["15-Bar", "Milk Frother", "Built-In Grinder"],
          }, {
            // Capsule machines: no grinder, no pressure figure on the box.
            nouns: ["Espresso Machine", "Coffee and Espresso Machine"],
            price: [100, 500],
            brands: ["Nespresso"],
            features: ["Milk Frother", "Compact"],
          }],
        },
        air_fryers: {
          nouns: ["Air Fryer"],
          price: [50, 300],
          brands: ["Ninja", "Cosori", "Instant", "Philips", "Chefman", "Gourmia"],
          features: ["4-Quart | 6-Quart | 8-Quart", "Dual Basket", "Digital", "Nonstick"],
        },
        microwaves: {
          nouns: ["Microwave", "Microwave Oven"],
          price: [70, 500],
          brands: ["Panasonic", "Toshiba", "GE", "Samsung", "LG", "Breville"],
          features: [
            "Countertop | Over-the-Range",
            "1.2 Cu. Ft. | 1.6 Cu. Ft.",
            "Inverter",
            "Stainless Steel",
          ],
        },
        toasters: {
          price: [20, 250],
          lines: [{
            nouns: ["Toaster"],
            price: [20, 200],
            brands: ["Breville", "KitchenAid", "Cuisinart", "Smeg", "Dualit", "Hamilton Beach"],
            features: ["2-Slice | 4-Slice", "Wide-Slot", "Stainless Steel", "Retro"],
          }, {
            nouns: ["Toaster Oven"],
            price: [40, 250],
            brands: ["Breville", "Cuisinart", "Ninja", "Hamilton Beach", "Black+Decker"],
            features: ["Convection", "Air Fry", "Digital", "Stainless Steel"],
          }],
        },
        kettles: {
          nouns: ["Electric Kettle", "Kettle"],
          price: [20, 150],
          brands: ["Fellow", "Cosori", "Breville", "Smeg", "OXO", "Hamilton Beach"],
          features: ["Gooseneck", "Glass | Stainless Steel", "Variable Temperature", "1L | 1.7L"],
        },
        stand_mixers: {
          price: [30, 700],
          lines: [{
            nouns: ["Stand Mixer"],
            price: [120, 700],
            brands: ["KitchenAid", "Kenwood", "Cuisinart", "Smeg", "Bosch", "Hamilton Beach"],
            features: ["4.5-Quart | 5-Quart | 6-Quart", "Bowl-Lift", "Professional"],
          }, {
            nouns: ["Hand Mixer"],
            price: [30, 120],
            brands: ["KitchenAid", "Cuisinart", "Hamilton Beach", "Braun", "Black+Decker"],
            features: ["5-Speed | 7-Speed | 9-Speed", "Cordless", "Lightweight"],
          }],
        },
        food_processors: {
          nouns: ["Food Processor"],
          price: [40, 400],
          brands: ["Cuisinart", "KitchenAid", "Ninja", "Breville", "Hamilton Beach", "Magimix"],
          features: ["7-Cup | 9-Cup | 14-Cup", "Professional", "Compact"],
        },
        rice_cookers: {
          price: [25, 300],
          lines: [{
            nouns: ["Rice Cooker"],
            brands: ["Zojirushi", "Tiger", "Aroma", "Cuckoo", "Toshiba"],
            features: ["3-Cup | 5.5-Cup | 10-Cup", "Induction", "Fuzzy Logic", "Multi-Function"],
          }, {
            nouns: ["Multi-Cooker", "Pressure Cooker", "Slow Cooker"],
            price: [50, 250],
            brands: ["Instant", "Ninja", "Crock-Pot", "Breville", "Cuisinart"],
            features: ["6-Quart | 8-Quart", "Programmable", "Stainless Steel"],
          }],
        },
        coffee_grinders: {
          since: 6,
          price: [20, 350],
          lines: [{
            nouns: ["Coffee Grinder", "Burr Grinder", "Burr Coffee Grinder"],
            price: [50, 350],
            brands: [
              "Baratza",
              "Breville",
              "OXO",
              "Fellow",
              "Cuisinart",
              "Capresso",
              "KitchenAid",
              "Rancilio",
              "De'Longhi",
            ],
            features: [
              "Adjustable Grind",
              "Electric",
              "Conical Burr | Flat Burr",
              "Stepless | 40-Setting",
              "Low-Retention",
            ],
          }, {
            nouns: ["Blade Coffee Grinder", "Spice Grinder"],
            price: [20, 50],
            brands: [
              "Krups",
              "Hamilton Beach",
              "Cuisinart",
              "Bodum",
              "Mr. Coffee",
              "Black+Decker",
              "KitchenAid",
            ],
            features: ["One-Touch", "Stainless Steel", "Compact", "Quiet"],
          }, {
            nouns: ["Manual Coffee Grinder", "Hand Grinder"],
            price: [25, 200],
            brands: ["Hario", "Timemore", "1Zpresso", "JavaPresse", "Porlex", "Kingrinder", "Comandante"],
            features: [
              "Adjustable Grind",
              "Portable",
              "Ceramic Burr | Stainless Steel Burr",
              "Aluminum",
            ],
          }],
          model: false,
        },
        french_presses: {
          since: 6,
          price: [15, 120],
          lines: [{
            nouns: ["French Press", "Coffee Press"],
            brands: ["Bodum", "Espro", "Secura"],
            features: ["Glass | Stainless Steel", "34 oz | 12 oz", "Double-Wall"],
          }, {
            nouns: ["French Press", "Coffee Press"],
            brands: ["Frieling", "Stanley", "Fellow"],
            features: ["Stainless Steel", "Double-Wall", "Insulated"],
          }, {
            nouns: ["Pour-Over Dripper", "Pour-Over Coffee Dripper"],
            price: [10, 45],
            brands: ["Hario", "Kalita", "Melitta"],
            features: ["Ceramic | Glass | Plastic", "Size 02 | Size 01"],
          }],
          model: false,
        },
        ice_makers: {
          since: 6,
          price: [90, 630],
          lines: [{
            nouns: ["Ice Maker", "Countertop Ice Maker"],
            price: [90, 400],
            brands: ["Frigidaire", "EUHOMY", "Igloo", "NewAir"],
            features: ["Nugget | Bullet", "Self-Cleaning", "Portable"],
          }, {
            nouns: ["Nugget Ice Maker", "Ice Maker"],
            price: [400, 630],
            brands: ["GE Profile"],
            features: ["Wi-Fi", "Side Tank"],
          }],
        },
        bread_makers: {
          since: 6,
          nouns: ["Bread Maker", "Bread Machine"],
          price: [70, 450],
          brands: ["Zojirushi", "Cuisinart", "Hamilton Beach", "Breville", "Oster"],
          features: ["2-Pound | 2.5-Pound", "Gluten-Free Setting", "Programmable", "Nonstick"],
        },
        ice_cream_makers: {
          since: 6,
          price: [30, 700],
          lines: [{
            nouns: ["Ice Cream Maker", "Frozen Yogurt Maker"],
            price: [30, 120],
            brands: ["Cuisinart", "Hamilton Beach", "Nostalgia"],
            features: ["1.5-Quart | 2-Quart", "Automatic"],
          }, {
            nouns: ["Compressor Ice Cream Maker"],
            price: [250, 700],
            brands: ["Whynter", "Breville", "Cuisinart"],
            features: ["1.5-Quart | 2-Quart", "Stainless Steel"],
          }, {
            nouns: ["Ice Cream Maker"],
            price: [150, 280],
            brands: ["Ninja"],
            features: ["7-in-1 | 11-in-1", "Pint-Size"],
          }],
        },
        popcorn_makers: {
          since: 6,
          price: [20, 250],
          lines: [{
            nouns: ["Popcorn Maker", "Popcorn Popper", "Hot Air Popcorn Popper"],
            price: [20, 60],
            brands: ["Presto", "West Bend", "Nostalgia", "Dash"],
            features: ["Oil-Free", "Butter Melter", "Compact"],
          }, {
            nouns: ["Popcorn Machine", "Popcorn Maker"],
            price: [60, 250],
            brands: ["Great Northern Popcorn", "Nostalgia", "West Bend"],
            features: ["4-Ounce | 8-Ounce", "Theater-Style", "With Cart"],
          }],
          model: false,
        },
        sous_vide: {
          since: 6,
          nouns: ["Sous Vide", "Sous Vide Cooker", "Immersion Circulator"],
          price: [60, 250],
          brands: ["Anova", "Breville", "Inkbird"],
          features: ["Wi-Fi", "1000W | 1100W", "Compact"],
        },
      },
    },
    cookware: {
      leaves: {
        tea_kettles: {
          since: 5,
          nouns: ["Tea Kettle", "Whistling Tea Kettle", "Stovetop Kettle"],
          price: [20, 160],
          brands: ["Le Creuset", "OXO", "Cuisinart", "Fellow", "Hario"],
          features: ["Enamel | Stainless Steel", "2-Quart | 1.7-Quart", "Gooseneck"],
          model: false,
          lines: [{}, {
            nouns: ["Teapot", "Tea Pot", "Glass Teapot"],
            price: [18, 60],
            brands: ["Bodum", "Hiware", "Teabloom"],
            features: ["Removable Infuser", "32 oz | 40 oz"],
          }],
        },
        pans: {
          price: [15, 250],
          lines: [{
            nouns: ["Skillet"],
            brands: ["Lodge", "Le Creuset", "Staub", "Smithey", "Victoria"],
            features: ["8-Inch | 10-Inch | 12-Inch", "Cast Iron", "Enameled | Pre-Seasoned"],
          }, {
            nouns: ["Frying Pan", "Nonstick Pan"],
            brands: ["All-Clad", "T-fal", "Calphalon", "HexClad", "Made In", "Tramontina", "GreenPan", "OXO"],
            features: [
              "8-Inch | 10-Inch | 12-Inch",
              "Ceramic | Stainless Steel | Hard-Anodized",
              "Nonstick",
              "Oven-Safe",
            ],
          }],
        },
        pots: {
          price: [20, 400],
          lines: [{
            nouns: ["Dutch Oven"],
            price: [40, 400],
            brands: ["Le Creuset", "Staub", "Lodge", "Cuisinart"],
            features: ["4.5-Quart | 5.5-Quart | 7-Quart", "Enameled Cast Iron", "Round | Oval"],
          }, {
            nouns: ["Stock Pot", "Saucepan"],
            price: [20, 300],
            brands: ["All-Clad", "Cuisinart", "Calphalon", "T-fal", "Made In", "Tramontina"],
            features: ["2-Quart | 3-Quart | 8-Quart | 12-Quart", "Stainless Steel", "Tri-Ply", "Nonstick"],
          }, {
            nouns: ["Cookware Set", "Pots and Pans Set"],
            price: [80, 700],
            brands: ["All-Clad", "T-fal", "Calphalon", "HexClad", "Cuisinart", "GreenPan", "Made In"],
            features: ["5-Piece | 10-Piece | 12-Piece", "Stainless Steel | Nonstick | Ceramic", "Oven-Safe"],
          }],
        },
        knives: {
          nouns: ["Chef Knife", "Knife Set"],
          price: [15, 500],
          brands: ["Wusthof", "Zwilling", "Shun", "Victorinox", "Global", "Mercer"],
          features: ["German Steel | Japanese Steel | Damascus", "Forged", "Full Tang"],
          lines: [{}, {
            nouns: ["Knife Block Set"],
            price: [100, 700],
            brands: ["Wusthof", "Zwilling", "Victorinox", "Henckels"],
            features: ["7-Piece | 14-Piece", "Forged", "German Steel"],
          }],
        },
        bakeware: {
          nouns: ["Baking Sheet", "Cake Pan"],
          price: [10, 80],
          brands: [
            "Nordic Ware",
            "USA Pan",
            "OXO",
            "Wilton",
            "Rachael Ray",
            "Chicago Metallic",
            "Calphalon",
            "GoodCook",
            "Farberware",
            "Pyrex",
          ],
          features: [
            "Nonstick",
            "Aluminum | Aluminized Steel | Carbon Steel",
            "Commercial",
            "9x13-Inch | 8-Inch | 9-Inch | 13x18-Inch",
            "Warp-Resistant",
            "2-Pack | 3-Pack",
          ],
        },
        baking_pans: {
          since: 6,
          price: [8, 80],
          lines: [{
            nouns: ["Muffin Pan", "Muffin Tin", "Cupcake Pan"],
            brands: ["Nordic Ware", "USA Pan", "Wilton", "OXO", "Chicago Metallic"],
            features: ["6-Cup | 12-Cup | 24-Cup", "Nonstick", "Commercial"],
          }, {
            nouns: ["Loaf Pan", "Bread Pan"],
            brands: ["USA Pan", "Nordic Ware", "Wilton", "Chicago Metallic"],
            features: ["1-Pound | 1.5-Pound", "Nonstick"],
          }, {
            nouns: ["Bundt Pan"],
            brands: ["Nordic Ware", "Wilton", "USA Pan"],
            features: ["10-Cup | 12-Cup", "Nonstick", "Cast Aluminum"],
          }, {
            nouns: ["Pie Dish", "Pie Pan"],
            brands: ["Pyrex", "Emile Henry", "Le Creuset", "OXO"],
            features: ["9-Inch | 10-Inch", "Fluted"],
          }, {
            nouns: ["Baking Dish", "Casserole Dish"],
            price: [15, 120],
            brands: ["Pyrex", "CorningWare", "Le Creuset", "Emile Henry", "Staub"],
            features: ["9x13-Inch | 8x8-Inch", "Oven-Safe", "With Lid"],
          }],
        },
      },
    },
    prep: {
      leaves: {
        rolling_pins: {
          since: 5,
          nouns: ["Rolling Pin", "French Rolling Pin"],
          price: [8, 45],
          brands: ["J.K. Adams", "OXO", "Farberware", "KitchenAid", "Norpro", "Fletchers' Mill", "Wilton"],
          features: [
            "Maple | Marble | Beech | Stainless Steel | Silicone | Walnut",
            "Tapered",
            "Adjustable",
            "Nonstick",
            "15-Inch | 18-Inch | 20-Inch",
          ],
          model: false,
        },
        salad_spinners: {
          since: 5,
          nouns: ["Salad Spinner"],
          price: [15, 50],
          brands: ["OXO", "Zyliss", "Cuisinart", "Gourmia"],
          features: ["One-Handed", "Large | Small", "Collapsible"],
          model: false,
        },
        cutting_boards: {
          since: 2,
          nouns: ["Cutting Board", "Cutting Board Set"],
          price: [15, 200],
          brands: ["John Boos", "OXO", "Epicurean", "Totally Bamboo", "Farberware"],
          features: ["Bamboo | Walnut | Maple", "Reversible", "Juice Groove"],
        },
        peelers: {
          since: 4,
          nouns: ["Vegetable Peeler", "Y-Peeler"],
          price: [6, 30],
          brands: ["OXO", "Kuhn Rikon", "Zyliss", "KitchenAid"],
          features: ["Swivel Blade", "Stainless Steel", "Ergonomic"],
          model: false,
        },
        can_openers: {
          since: 4,
          nouns: ["Can Opener", "Electric Can Opener"],
          price: [10, 45],
          brands: ["OXO", "Zyliss", "Hamilton Beach", "KitchenAid"],
          features: ["Smooth-Edge", "Soft-Grip", "Stainless Steel"],
          model: false,
        },
        colanders: {
          since: 4,
          nouns: ["Colander", "Strainer"],
          price: [10, 60],
          brands: ["OXO", "Bellemain", "Cuisinart", "KitchenAid", "Farberware", "Zyliss", "Chef'n"],
          features: [
            "Stainless Steel | Collapsible Silicone | Plastic | Enamel",
            "Fine Mesh",
            "Footed",
            "3-Quart | 5-Quart",
            "Over-the-Sink | Expandable",
          ],
          model: false,
        },
        graters: {
          since: 4,
          nouns: ["Box Grater", "Grater", "Zester"],
          price: [10, 45],
          brands: ["Microplane", "OXO", "Cuisinart", "KitchenAid", "Zyliss", "Spring Chef", "Cuisipro"],
          features: [
            "Stainless Steel",
            "Coarse | Fine | Extra Coarse | Ribbon",
            "Non-Slip",
            "4-Sided | Rotary | Handheld",
            "Soft-Grip",
          ],
          model: false,
        },
        mixing_bowls: {
          since: 2,
          nouns: ["Mixing Bowl Set", "Mixing Bowls"],
          price: [15, 120],
          brands: [
            "Pyrex",
            "OXO",
            "KitchenAid",
            "Cuisinart",
            "Nordic Ware",
            "Rachael Ray",
            "FineDine",
            "Farberware",
            "Anchor Hocking",
          ],
          features: [
            "Glass | Stainless Steel | Ceramic | Melamine | Bamboo",
            "Nesting",
            "Non-Slip",
            "3-Piece | 5-Piece | 10-Piece",
            "With Lids",
          ],
        },
        measuring_cups: {
          since: 2,
          nouns: ["Measuring Cups", "Measuring Spoons", "Measuring Cup Set"],
          price: [8, 40],
          brands: ["OXO", "Pyrex", "KitchenAid", "Bellemain", "All-Clad"],
          features: ["Stainless Steel | Glass | Plastic", "Magnetic", "Nesting"],
        },
        utensils: {
          since: 2,
          nouns: ["Spatula", "Utensil Set", "Whisk", "Tongs"],
          price: [8, 80],
          brands: [
            "OXO",
            "KitchenAid",
            "GIR",
            "Le Creuset",
            "Di Oro",
            "Cuisinart",
            "Farberware",
            "Calphalon",
            "Tovolo",
          ],
          features: [
            "Silicone | Stainless Steel | Wooden | Nylon | Bamboo",
            "Heat-Resistant",
            "Non-Scratch",
            "Soft-Grip | Ergonomic",
            "Professional",
          ],
        },
        oven_mitts: {
          since: 2,
          nouns: ["Oven Mitts", "Pot Holders"],
          price: [10, 45],
          brands: ["OXO", "KitchenAid", "Le Creuset", "Cuisinart", "Williams Sonoma"],
          features: ["Silicone | Quilted Cotton", "Heat-Resistant", "Extra-Long"],
          sizes: ["Pair", "Set of 4"],
        },
        kitchen_scales: {
          since: 6,
          nouns: ["Kitchen Scale", "Food Scale", "Digital Kitchen Scale"],
          price: [10, 60],
          brands: ["OXO", "Escali", "Etekcity", "Greater Goods", "Ozeri"],
          features: ["11 lb | 22 lb", "Backlit", "Compact"],
        },
        kitchen_shears: {
          since: 6,
          nouns: ["Kitchen Shears", "Poultry Shears"],
          price: [10, 80],
          brands: [
            "OXO",
            "Wusthof",
            "Shun",
            "KitchenAid",
            "Zwilling",
            "Henckels",
            "Victorinox",
            "Mercer",
            "Kershaw",
          ],
          features: [
            "Stainless Steel | Titanium-Coated",
            "Micro-Serrated",
            "Take-Apart",
            "Heavy-Duty | Multipurpose | Spring-Loaded",
            "Soft-Grip",
            "2-Pack",
          ],
        },
      },
    },
    dining: {
      leaves: {
        dinnerware: {
          nouns: ["Dinnerware Set", "Plate Set"],
          price: [25, 300],
          brands: ["Corelle", "Noritake", "Lenox", "Villeroy & Boch", "Mikasa", "Fiesta"],
          features: [
            "4-Piece | 12-Piece | 16-Piece",
            "Stoneware | Porcelain | Bone China",
            "Matte",
            "Dishwasher Safe",
          ],
        },
        mugs: {
          since: 3,
          price: [8, 180],
          lines: [{
            nouns: ["Coffee Mug", "Mug"],
            price: [8, 45],
            brands: ["Le Creuset", "Fiesta", "Heath Ceramics"],
            features: ["Ceramic | Stoneware", "12 oz | 16 oz", "Handmade"],
          }, {
            nouns: ["Travel Mug"],
            price: [15, 45],
            brands: ["Contigo", "YETI", "Stanley", "Zojirushi"],
            features: ["Stainless Steel", "12 oz | 16 oz | 20 oz", "Leakproof"],
          }, {
            nouns: ["Smart Mug", "Coffee Mug"],
            price: [100, 180],
            brands: ["Ember"],
            features: ["10 oz | 14 oz", "Temperature Control"],
          }],
        },
        glassware: {
          nouns: ["Wine Glasses", "Drinking Glasses"],
          price: [15, 150],
          brands: ["Riedel", "Schott Zwiesel", "Libbey", "Luigi Bormioli"],
          features: ["2-Piece | 4-Piece | 6-Piece", "Crystal", "Lead-Free", "Dishwasher Safe"],
        },
        cutlery: {
          nouns: ["Cutlery Set", "Flatware Set"],
          price: [20, 250],
          brands: ["Oneida", "Lenox", "Mikasa", "Zwilling", "Towle"],
          features: [
            "20-Piece | 40-Piece | 65-Piece",
            "18/10 Stainless Steel",
            "Matte Black | Gold | Mirror-Polished",
          ],
        },
        placemats: {
          since: 6,
          nouns: ["Placemats", "Place Mats"],
          price: [12, 50],
          brands: ["DII", "Benson Mills", "Bardwil", "Town & Country Living"],
          features: ["Woven | Cotton | Vinyl", "Washable", "Gray | Beige | Black"],
          sizes: ["Set of 4", "Set of 6"],
        },
        tablecloths: {
          since: 6,
          nouns: ["Tablecloth"],
          price: [12, 60],
          brands: ["DII", "Benson Mills", "Bardwil", "Town & Country Living"],
          features: ["Rectangle | Round | Oblong", "Stain-Resistant", "Cotton | Polyester | Linen"],
        },
        napkins: {
          since: 6,
          price: [5, 40],
          lines: [{
            nouns: ["Cloth Napkins", "Dinner Napkins"],
            price: [12, 40],
            brands: ["DII", "Bardwil", "Benson Mills"],
            features: ["Cotton | Linen", "Washable"],
            sizes: ["Set of 4", "Set of 12"],
          }, {
            nouns: ["Paper Napkins", "Napkins"],
            price: [5, 20],
            brands: ["Vanity Fair", "Bounty", "Amazon Basics"],
            features: ["2-Ply | 3-Ply", "White"],
            sizes: ["100 Count", "300 Count"],
          }],
        },
        disposable_tableware: {
          since: 6,
          price: [5, 30],
          lines: [{
            nouns: ["Paper Plates"],
            brands: ["Dixie", "Chinet"],
            features: ["9-Inch | 10-Inch", "Soak-Proof", "Everyday"],
            sizes: ["100 Count", "200 Count"],
          }, {
            nouns: ["Plastic Cups", "Party Cups"],
            brands: ["Solo", "Hefty"],
            features: ["16 oz | 18 oz", "Red | Clear"],
            sizes: ["50 Count", "100 Count"],
          }, {
            nouns: ["Paper Cups", "Hot Cups"],
            brands: ["Dixie", "Solo"],
            features: ["8 oz | 12 oz", "Insulated"],
            sizes: ["50 Count", "100 Count"],
          }],
        },
        kitchen_towels: {
          since: 6,
          nouns: ["Kitchen Towels", "Dish Towels", "Tea Towels"],
          price: [10, 45],
          brands: ["Williams Sonoma", "Zeppoli", "KAF Home", "Now Designs"],
          features: ["100% Cotton", "Absorbent", "Striped | Solid | Waffle Weave"],
          sizes: ["Set of 4", "Set of 6", "Set of 12"],
        },
        serving_trays: {
          since: 6,
          nouns: ["Serving Tray", "Serving Platter"],
          price: [20, 150],
          brands: ["Lenox", "Mikasa", "Nambe", "Mud Pie"],
          features: ["Rectangular | Round | Oval", "With Handles"],
        },
        pepper_mills: {
          since: 7,
          nouns: ["Salt and Pepper Grinder Set", "Pepper Grinder", "Pepper Mill"],
          price: [15, 120],
          brands: [
            "Peugeot",
            "Cole & Mason",
            "OXO",
            "Zassenhaus",
            "Kuhn Rikon",
            "Trudeau",
            "Le Creuset",
            "Willow & Everett",
          ],
          features: [
            "Adjustable Grind",
            "Refillable",
            "Stainless Steel | Acacia Wood | Acrylic | Beechwood",
            "Electric | Gravity",
            "Ceramic Burr",
            "6-Inch | 8-Inch | 12-Inch",
          ],
        },
      },
    },
    storage: {
      leaves: {
        spice_racks: {
          since: 5,
          price: [15, 80],
          brands: ["Kamenstein", "mDesign", "SimpleHouseware", "YouCopia"],
          lines: [
            { nouns: ["Spice Rack", "Spice Organizer"], features: ["Rotating | Wall-Mounted", "20 Jars"] },
            { nouns: ["Spice Drawer Insert"], features: ["Expandable", "3-Tier"] },
          ],
          model: false,
        },
        dish_racks: {
          since: 5,
          nouns: ["Dish Rack", "Dish Drying Rack", "Over-the-Sink Dish Rack"],
          price: [20, 120],
          brands: ["simplehuman", "OXO", "KitchenAid", "Umbra", "Polder"],
          features: ["Stainless Steel", "Expandable", "With Drainboard"],
          model: false,
        },
        food_containers: {
          nouns: ["Food Storage Containers", "Lunch Box"],
          price: [10, 80],
          brands: ["Pyrex", "Rubbermaid", "OXO", "Snapware", "Bentgo", "Sistema"],
          features: ["Glass | BPA-Free Plastic", "Leakproof", "Airtight", "Microwave Safe"],
        },
        water_filters: {
          since: 2,
          price: [20, 120],
          lines: [{
            nouns: ["Water Filter Pitcher"],
            brands: ["Brita", "PUR", "ZeroWater", "LifeStraw"],
            features: ["10-Cup | 18-Cup", "Long-Lasting"],
          }, {
            nouns: ["Water Filter", "Faucet Water Filter"],
            brands: ["PUR", "Brita", "Aquasana"],
            features: ["Faucet-Mount | Under-Sink", "Long-Lasting"],
          }],
        },
        water_bottles: {
          nouns: ["Water Bottle", "Insulated Bottle", "Tumbler"],
          price: [10, 60],
          brands: ["Hydro Flask", "YETI", "Stanley", "Nalgene", "CamelBak", "Owala", "Contigo"],
          features: ["24 oz | 32 oz | 40 oz", "Insulated", "Stainless Steel", "Leakproof"],
        },
        paper_towel_holders: {
          since: 6,
          nouns: ["Paper Towel Holder"],
          price: [12, 50],
          brands: ["simplehuman", "OXO", "mDesign", "Umbra", "YouCopia"],
          features: [
            "Countertop | Wall-Mounted | Under-Cabinet",
            "Stainless Steel | Matte Black",
            "One-Handed",
          ],
        },
        food_wraps: {
          since: 6,
          price: [3, 30],
          lines: [{
            nouns: ["Aluminum Foil"],
            brands: ["Reynolds Wrap", "Amazon Basics", "Handi-Foil"],
            features: ["Non-Stick | Standard", "12-Inch | 18-Inch"],
            sizes: ["75 Sq Ft", "200 Sq Ft"],
          }, {
            nouns: ["Plastic Wrap", "Cling Wrap"],
            brands: ["Glad", "Saran", "Reynolds"],
            features: ["Clear", "Easy-Tear"],
            sizes: ["100 Sq Ft", "200 Sq Ft"],
          }, {
            nouns: ["Parchment Paper"],
            brands: ["Reynolds", "If You Care", "Amazon Basics"],
            features: ["Unbleached", "Pre-Cut Sheets"],
          }, {
            nouns: ["Storage Bags", "Freezer Bags", "Sandwich Bags", "Zipper Bags"],
            brands: ["Ziploc", "Glad", "Hefty", "Amazon Basics"],
            features: ["Gallon | Quart", "Slider | Zipper Seal", "Double-Seal"],
            sizes: ["40 Count", "100 Count"],
          }, {
            nouns: ["Reusable Storage Bags", "Silicone Bags"],
            price: [10, 60],
            brands: ["Stasher", "Zip Top", "Ziploc"],
            features: ["Half Gallon | Sandwich Size", "Dishwasher Safe"],
            sizes: ["2-Pack", "4-Pack"],
          }],
          model: false,
        },
        lunch_bags: {
          since: 6,
          nouns: ["Lunch Bag", "Insulated Lunch Bag", "Lunch Tote"],
          price: [12, 80],
          brands: ["Arctic Zone", "Thermos", "Bentgo", "Igloo", "PackIt"],
          features: ["Leakproof", "Black | Navy | Gray", "Expandable"],
        },
        food_jars: {
          since: 6,
          price: [15, 60],
          lines: [{
            nouns: ["Food Jar", "Insulated Food Jar", "Soup Jar"],
            brands: ["Thermos", "Stanley", "Zojirushi", "Hydro Flask"],
            features: ["10 oz | 16 oz | 24 oz", "Stainless Steel", "Leakproof"],
          }, {
            nouns: ["Insulated Bottle", "Beverage Bottle"],
            brands: ["Thermos", "Stanley", "Zojirushi"],
            features: ["16 oz | 24 oz | 40 oz", "Stainless Steel", "Leakproof"],
          }],
        },
        kids_water_bottles: {
          since: 7,
          nouns: ["Kids Water Bottle", "Kids Insulated Water Bottle"],
          price: [10, 30],
          brands: [
            "Owala",
            "CamelBak",
            "Contigo",
            "Thermos",
            "Simple Modern",
            "Hydro Flask",
            "YETI",
            "Skip Hop",
            "Iron Flask",
          ],
          features: [
            "Leak-Proof",
            "Straw Lid | Chug Lid | Spout Lid",
            "Stainless Steel | Tritan Plastic",
            "12 oz | 14 oz | 16 oz",
            "BPA-Free",
            "2-Pack",
          ],
        },
      },
    },
    barware: {
      leaves: {
        wine_openers: {
          since: 6,
          price: [10, 80],
          lines: [{
            nouns: ["Corkscrew", "Wine Opener"],
            brands: ["Rabbit", "OXO", "Le Creuset"],
            features: ["Lever | Winged | Waiter's", "Stainless Steel"],
          }, {
            nouns: ["Electric Wine Opener"],
            brands: ["Oster", "Secura", "Rabbit", "Ozeri"],
            features: ["Rechargeable", "Cordless", "One-Touch"],
          }],
        },
        cocktail_shakers: {
          since: 6,
          price: [15, 90],
          nouns: ["Cocktail Shaker", "Cocktail Shaker Set", "Bartender Kit"],
          brands: ["Viski", "Mixology & Craft", "Barfly", "Cocktail Kingdom"],
          features: ["Boston | Cobbler", "Stainless Steel | Copper", "24 oz | 28 oz"],
        },
        decanters: {
          since: 6,
          price: [25, 250],
          lines: [{
            nouns: ["Wine Decanter", "Decanter"],
            brands: ["Riedel", "Schott Zwiesel", "Le Chateau", "Luigi Bormioli"],
            features: ["Crystal", "Lead-Free", "Hand-Blown"],
          }, {
            nouns: ["Whiskey Decanter", "Decanter"],
            brands: ["Godinger", "Luigi Bormioli", "Bormioli Rocco"],
            features: ["With Stopper", "Crystal", "Lead-Free"],
          }],
        },
        beer_glasses: {
          since: 6,
          nouns: ["Beer Glasses", "Pint Glasses", "Pilsner Glasses"],
          price: [15, 70],
          brands: ["Libbey", "Spiegelau", "Luigi Bormioli"],
          features: ["4-Piece | 6-Piece", "16 oz | 20 oz", "Dishwasher Safe"],
        },
        shot_glasses: {
          since: 6,
          nouns: ["Shot Glasses"],
          price: [8, 40],
          brands: ["Libbey", "Circleware", "Bormioli Rocco"],
          features: ["1.5 oz | 2 oz", "Thick Base", "6-Piece | 12-Piece"],
        },
        whiskey_glasses: {
          since: 6,
          nouns: ["Whiskey Glasses", "Rocks Glasses", "Old Fashioned Glasses"],
          price: [20, 120],
          brands: ["Riedel", "Libbey", "Luigi Bormioli", "Schott Zwiesel"],
          features: ["Crystal", "2-Piece | 4-Piece", "Lead-Free"],
        },
      },
    },
  },
  fashion: {
    travel: {
      leaves: {
        luggage: {
          since: 2,
          nouns: ["Suitcase", "Carry-On Luggage", "Checked Luggage", "Luggage Set"],
          price: [80, 700],
          brands: ["Samsonite", "Away", "Travelpro", "Monos", "Delsey", "Briggs & Riley"],
          features: ["Hardside | Softside", "Spinner", "Expandable", "Lightweight"],
        },
        duffel_bags: {
          since: 2,
          nouns: ["Duffel Bag", "Weekender Bag"],
          price: [40, 250],
          brands: ["Patagonia", "The North Face", "Herschel", "Away", "Eagle Creek"],
          features: ["40L | 55L | 70L", "Waterproof", "Packable"],
        },
        travel_accessories: {
          since: 7,
          price: [8, 50],
          lines: [{
            nouns: ["Luggage Scale", "Digital Luggage Scale"],
            price: [8, 25],
            brands: ["Etekcity", "Tarriss", "Samsonite", "Travelon", "Lewis N. Clark"],
            features: ["Backlit", "Compact", "110 lb Capacity | 100 lb Capacity", "Rechargeable"],
          }, {
            nouns: ["Packing Cubes", "Packing Cube Set"],
            price: [15, 50],
            brands: ["Eagle Creek", "Bagsmart", "Samsonite", "Amazon Basics", "Gonex", "Veken", "Travelon"],
            features: [
              "Compression",
              "4-Piece | 6-Piece | 3-Piece | 5-Piece | 8-Piece",
              "Lightweight",
              "Mesh | Nylon",
              "Ultralight",
            ],
          }],
        },
      },
    },
    basics: {
      leaves: {
        hoodies: {
          since: 2,
          nouns: ["Hoodie", "Sweatshirt", "Zip-Up Hoodie"],
          price: [30, 140],
          brands: ["Champion", "Nike", "Carhartt", "Patagonia", "Uniqlo", "Gap"],
          features: ["Fleece | French Terry", "Oversized | Relaxed Fit", "Heather Grey | Black | Navy"],
        },
        pajamas: {
          since: 3,
          nouns: ["Pajama Set", "Pajamas"],
          price: [25, 140],
          brands: ["Eberjey", "Lake", "Hanes", "Gap", "Uniqlo"],
          features: ["Cotton | Flannel | Modal", "Short Sleeve | Long Sleeve", "Plaid | Solid | Striped"],
        },
        slippers: {
          since: 3,
          nouns: ["Slippers"],
          price: [20, 120],
          brands: ["UGG", "Glerups", "Haflinger", "L.L.Bean", "Dearfoams"],
          features: ["Shearling | Wool | Memory Foam", "Slip-On", "Indoor/Outdoor"],
        },
        robes: {
          since: 3,
          nouns: ["Bathrobe", "Robe"],
          price: [30, 180],
          brands: ["Parachute", "Brooklinen", "Boll & Branch", "UGG", "Eberjey"],
          features: ["Waffle | Plush | Terry", "Hooded", "Lightweight"],
        },
        socks: {
          since: 2,
          nouns: ["Socks", "Crew Socks", "Ankle Socks"],
          price: [10, 60],
          sizes: ["3-Pack", "6-Pack"],
          lines: [
            {
              brands: ["Darn Tough", "Smartwool"],
              features: ["Cushioned", "Merino Wool", "Moisture-Wicking"],
            },
            { brands: ["Bombas", "Nike", "Hanes"], features: ["Cushioned", "Cotton", "Moisture-Wicking"] },
          ],
        },
        // The fourth set of leaves: what shoppers asked for that the shop lacked.
        sweaters: {
          since: 4,
          nouns: ["Sweater", "Crewneck Sweater", "Cardigan"],
          price: [35, 220],
          brands: ["Uniqlo", "J.Crew", "Gap", "Everlane", "L.L.Bean", "Patagonia"],
          features: ["Merino Wool | Cotton | Cashmere", "Cable Knit", "Oatmeal | Navy | Charcoal"],
        },
        shorts: {
          since: 4,
          price: [20, 90],
          lines: [{
            nouns: ["Running Shorts", "Shorts"],
            brands: ["Nike", "Adidas", "Under Armour", "Lululemon"],
            features: ["Quick-Dry", "Lined", "Reflective"],
          }, {
            nouns: ["Chino Shorts", "Shorts"],
            brands: ["Gap", "Uniqlo", "J.Crew", "Levi's"],
            features: ["Stretch", "Flat Front", "Khaki | Navy | Olive"],
          }],
        },
        sweatpants: {
          since: 4,
          nouns: ["Sweatpants", "Joggers"],
          price: [25, 110],
          brands: ["Champion", "Nike", "Adidas", "Uniqlo", "Gap"],
          features: ["Fleece | French Terry", "Tapered | Relaxed Fit", "Heather Grey | Black | Navy"],
        },
        underwear: {
          since: 2,
          nouns: ["Boxer Briefs", "Briefs", "Underwear"],
          price: [15, 90],
          brands: ["Hanes", "Calvin Klein", "Tommy John", "Saxx", "MeUndies"],
          features: ["Cotton | Modal", "Moisture-Wicking", "Tagless"],
          sizes: ["3-Pack", "5-Pack"],
        },
        work_boots: {
          since: 7,
          nouns: ["Work Boots", "Steel Toe Boots"],
          price: [90, 300],
          brands: ["Wolverine", "Caterpillar", "Red Wing", "Carhartt", "Keen", "Thorogood"],
          features: ["Steel Toe | Composite Toe | Soft Toe", "Waterproof", "6-Inch | 8-Inch"],
        },
        graphic_tees: {
          since: 7,
          nouns: ["Graphic Tee"],
          price: [15, 45],
          brands: ["Champion", "Nike", "Adidas", "Hanes", "Levi's", "Carhartt"],
          features: ["Relaxed Fit | Classic Fit", "Cotton", "Vintage Wash"],
        },
      },
    },
    men: {
      leaves: {
        mens_shirts: {
          nouns: ["Shirt", "Oxford Shirt", "T-Shirt"],
          price: [12, 150],
          brands: ["Uniqlo", "Ralph Lauren", "J.Crew", "Gap", "H&M", "Levi's", "Everlane"],
          features: [
            "Slim Fit | Regular Fit | Relaxed Fit",
            "Cotton | Organic Cotton",
            "Long Sleeve | Short Sleeve",
            "White | Blue | Black",
          ],
        },
        mens_jeans: {
          nouns: ["Jeans", "Denim Jeans"],
          price: [25, 200],
          brands: ["Levi's", "Wrangler", "Lee", "Diesel", "AG", "Uniqlo", "Gap"],
          features: [
            "Straight Fit | Slim Fit | Relaxed Fit | Bootcut",
            "Stretch",
            "Dark Wash | Light Wash | Black | Blue | Grey",
          ],
        },
        mens_jackets: {
          price: [40, 600],
          lines: [{
            nouns: ["Jacket", "Rain Jacket", "Puffer Jacket"],
            price: [40, 500],
            brands: [
              "The North Face",
              "Patagonia",
              "Columbia",
              "Arc'teryx",
              "Uniqlo",
              "Carhartt",
              "Marmot",
              "Eddie Bauer",
              "L.L.Bean",
              "Helly Hansen",
              "Outdoor Research",
              "REI Co-op",
            ],
            features: [
              "Waterproof",
              "Packable",
              "Lightweight",
              "Hooded",
              "Windproof",
              "Insulated | Fleece-Lined | Down",
            ],
          }, {
            nouns: ["Leather Jacket"],
            price: [150, 600],
            brands: ["AllSaints", "Schott", "Levi's", "Wilsons Leather", "Cole Haan", "Frye"],
            features: ["Slim Fit | Relaxed Fit", "Black | Brown", "Moto | Bomber | Cafe Racer"],
          }, {
            nouns: ["Denim Jacket"],
            price: [50, 150],
            brands: ["Levi's", "Wrangler", "Carhartt", "Lee", "Gap", "Tommy Hilfiger", "Lucky Brand"],
            features: ["Slim Fit | Relaxed Fit", "Black | Blue", "Trucker", "Sherpa-Lined"],
          }],
        },
        mens_shoes: {
          price: [40, 300],
          lines: [{
            nouns: ["Sneakers", "Running Shoes"],
            brands: ["Nike", "Adidas", "New Balance", "Asics", "Puma", "Brooks", "Hoka", "Saucony"],
            features: ["Lightweight", "Breathable", "Cushioned", "White | Black | Grey"],
          }, {
            nouns: ["Boots"],
            brands: ["Timberland", "Dr. Martens", "Red Wing", "Clarks", "Blundstone", "Wolverine"],
            features: ["Leather | Suede", "Chelsea | Lace-Up | Work", "Waterproof"],
          }],
        },
      },
    },
    women: {
      leaves: {
        leggings: {
          since: 2,
          nouns: ["Leggings", "Yoga Pants"],
          price: [25, 130],
          brands: ["Lululemon", "Athleta", "Gymshark", "Alo Yoga", "Nike", "Fabletics"],
          features: ["High-Waisted", "Black | Navy | Olive | Heather Grey", "Side Pockets", "7/8 Length"],
        },
        sports_bras: {
          since: 2,
          nouns: ["Sports Bra"],
          price: [20, 80],
          brands: [
            "Lululemon",
            "Nike",
            "Under Armour",
            "Athleta",
            "Champion",
            "Adidas",
            "Gymshark",
            "Alo Yoga",
            "Fabletics",
          ],
          features: [
            "High-Impact | Medium-Impact | Low-Impact",
            "Racerback | Cross-Back | Strappy",
            "Padded",
            "Seamless",
            "Moisture-Wicking",
            "Longline",
          ],
        },
        skirts: {
          since: 3,
          nouns: ["Skirt", "Midi Skirt", "Mini Skirt"],
          price: [25, 180],
          brands: ["Zara", "Mango", "Reformation", "Anthropologie", "J.Crew"],
          features: ["Pleated | A-Line | Wrap", "Linen | Denim | Satin", "Black | Navy | Floral"],
        },
        dresses: {
          nouns: ["Dress", "Maxi Dress", "Summer Dress"],
          price: [25, 300],
          brands: ["Zara", "H&M", "Reformation", "Free People", "Mango", "Anthropologie"],
          features: [
            "Floral | Striped | Solid",
            "Linen | Cotton | Satin",
            "Wrap",
            "Sleeveless | Short Sleeve",
          ],
        },
        womens_tops: {
          nouns: ["Blouse", "Top", "T-Shirt"],
          price: [12, 120],
          brands: ["Zara", "H&M", "Uniqlo", "Madewell", "Everlane", "Gap", "J.Crew"],
          features: [
            "Cotton | Linen | Silk",
            "V-Neck | Crew Neck",
            "Long Sleeve | Short Sleeve | Sleeveless",
            "Relaxed Fit",
            "White | Black | Pink",
          ],
        },
        womens_shoes: {
          price: [30, 350],
          lines: [{
            nouns: ["Sneakers"],
            brands: ["Nike", "Adidas", "New Balance", "Converse", "Vans", "Veja", "Allbirds"],
            features: ["Leather | Canvas", "Platform", "Slip-On", "Lightweight", "White | Black | Pink"],
          }, {
            nouns: ["Heels"],
            brands: ["Sam Edelman", "Steve Madden", "Stuart Weitzman", "Nine West"],
            features: ["Leather | Suede | Patent", "Pointed-Toe", "Stiletto | Block", "Ankle Strap"],
          }, {
            nouns: ["Sandals"],
            brands: ["Birkenstock", "Teva", "Steve Madden", "Sam Edelman"],
            features: ["Leather | Suede", "Flat | Platform", "Strappy | Slide"],
          }, {
            nouns: ["Boots"],
            brands: ["Dr. Martens", "UGG", "Sam Edelman", "Steve Madden", "Blundstone"],
            features: ["Leather | Suede", "Ankle | Knee-High", "Waterproof"],
          }, {
            nouns: ["Running Shoes"],
            brands: ["Nike", "Brooks", "Hoka", "Asics", "Saucony", "New Balance"],
            features: ["Lightweight", "Cushioned", "Breathable", "Pink | Black | White"],
          }],
        },
        handbags: {
          nouns: ["Handbag", "Tote Bag", "Crossbody Bag"],
          price: [25, 900],
          brands: ["Coach", "Michael Kors", "Kate Spade", "Longchamp", "Fossil", "Madewell", "Tory Burch"],
          features: ["Leather | Vegan Leather | Canvas | Nylon", "Quilted", "Mini"],
        },
        womens_jeans: {
          since: 7,
          nouns: ["Jeans", "Skinny Jeans", "Mom Jeans", "Bootcut Jeans"],
          price: [40, 180],
          brands: ["Levi's", "Madewell", "Good American", "Lee", "Gap"],
          features: ["High-Rise | Mid-Rise", "Stretch", "Light Wash | Dark Wash"],
        },
        womens_jackets: {
          since: 7,
          nouns: ["Parka", "Insulated Parka", "Anorak", "Windbreaker"],
          price: [60, 400],
          brands: ["The North Face", "Columbia", "Patagonia", "Eddie Bauer", "Helly Hansen"],
          features: ["Hooded", "Water-Resistant", "Packable"],
        },
      },
    },
    accessories: {
      leaves: {
        scarves: {
          since: 2,
          nouns: ["Scarf", "Wool Scarf"],
          price: [20, 300],
          brands: ["Acne Studios", "Uniqlo", "J.Crew", "Pendleton", "Burberry"],
          features: ["Cashmere | Merino | Silk", "Plaid | Solid | Striped", "Oversized"],
        },
        umbrellas: {
          since: 2,
          nouns: ["Umbrella", "Travel Umbrella"],
          price: [15, 90],
          brands: [
            "Totes",
            "Repel",
            "Blunt",
            "Davek",
            "GustBuster",
            "ShedRain",
            "Weatherman",
            "London Fog",
            "Senz",
          ],
          features: [
            "Windproof",
            "Compact",
            "Auto-Open | Auto Open-Close",
            "Vented | Double-Canopy",
            "Inverted",
            "46-Inch | 54-Inch | 62-Inch",
          ],
        },
        gloves: {
          since: 2,
          nouns: ["Gloves", "Winter Gloves", "Touchscreen Gloves"],
          price: [15, 120],
          brands: ["The North Face", "Carhartt", "Columbia", "Patagonia", "UGG"],
          features: ["Fleece | Leather | Wool", "Touchscreen", "Insulated"],
        },
        watch_bands: {
          since: 2,
          nouns: ["Watch Band", "Watch Strap"],
          price: [10, 100],
          brands: ["Apple", "Nomad", "Barton", "Spigen", "Fossil"],
          features: [
            "Silicone | Leather | Nylon | Stainless Steel",
            "20mm | 22mm | 41mm | 45mm",
            "Quick-Release",
          ],
        },
        watches: {
          nouns: ["Watch", "Analog Watch"],
          price: [30, 2000],
          brands: ["Seiko", "Citizen", "Timex", "Fossil", "Tissot", "Orient", "Hamilton"],
          features: [
            "Automatic | Quartz | Solar",
            "Chronograph",
            "Stainless Steel | Leather Strap",
            "38mm | 40mm | 42mm",
          ],
          model: true,
        },
        sunglasses: {
          nouns: ["Sunglasses", "Polarized Sunglasses"],
          price: [15, 400],
          brands: ["Ray-Ban", "Oakley", "Maui Jim", "Persol", "Costa", "Warby Parker", "Quay"],
          features: ["Aviator | Wayfarer | Round | Cat-Eye", "Polarized", "Tortoise | Black | Gold"],
          lines: [{}, {
            nouns: ["Sunglasses Case", "Glasses Case", "Eyeglass Case"],
            price: [15, 60],
            brands: ["Ray-Ban", "Oakley", "Costa"],
            features: ["Hard Shell", "Zippered"],
          }],
        },
        backpacks: {
          nouns: ["Backpack", "Travel Backpack"],
          price: [20, 250],
          brands: [
            "Herschel",
            "JanSport",
            "Osprey",
            "The North Face",
            "Fjallraven",
            "Peak Design",
            "Samsonite",
          ],
          features: ["20L | 30L | 40L", "Laptop", "Water-Resistant", "Anti-Theft"],
        },
        wallets: {
          nouns: ["Wallet", "Leather Wallet"],
          price: [15, 200],
          brands: ["Bellroy", "Ridge", "Fossil", "Tommy Hilfiger", "Coach", "Secrid"],
          features: ["Bifold | Trifold", "Leather", "Slim", "RFID-Blocking"],
        },
        belts: {
          nouns: ["Belt", "Leather Belt"],
          price: [12, 150],
          brands: ["Levi's", "Tommy Hilfiger", "Calvin Klein", "Timberland", "Columbia", "Fossil"],
          features: ["Dress | Casual", "Leather", "Reversible", "Braided"],
        },
        hats: {
          price: [10, 80],
          lines: [{
            nouns: ["Baseball Cap"],
            brands: ["New Era", "Nike", "Adidas", "Carhartt", "'47"],
            features: ["Adjustable", "Cotton", "Snapback | Fitted"],
          }, {
            nouns: ["Beanie"],
            brands: ["Carhartt", "The North Face", "Patagonia", "Columbia"],
            features: ["Wool | Cashmere | Acrylic", "Ribbed", "Cuffed", "Fleece-Lined"],
          }, {
            nouns: ["Hat"],
            brands: ["Stetson", "Brixton", "Columbia", "Sunday Afternoons"],
            features: ["Straw | Wool | Felt", "Bucket | Fedora | Wide-Brim"],
          }],
        },
        jewelry: {
          nouns: ["Necklace", "Bracelet", "Earrings", "Ring"],
          price: [15, 1500],
          lines: [{
            brands: ["Pandora", "Swarovski", "Mejuri", "Kendra Scott", "Monica Vinader"],
            price: [15, 600],
            features: [
              "Sterling Silver | 14K Gold | Gold-Plated | Rose Gold",
              "Pearl | Diamond",
              "Minimalist | Dainty",
            ],
          }, {
            brands: ["Tiffany & Co."],
            price: [200, 1500],
            features: ["Sterling Silver | 18K Gold | Platinum", "Pearl | Diamond", "Minimalist"],
          }],
        },
      },
    },
    kids: {
      leaves: {
        kids_clothing: {
          nouns: ["Kids T-Shirt", "Kids Hoodie"],
          price: [8, 60],
          brands: ["Carter's", "Gap", "H&M", "Old Navy", "Nike", "Hanna Andersson"],
          features: ["Organic Cotton", "Graphic | Striped", "Unisex"],
          lines: [{}, {
            nouns: ["Girls Dress", "Girls Sundress"],
            price: [12, 60],
            brands: ["Carter's", "Gap", "Hanna Andersson", "Old Navy", "H&M"],
            features: ["Floral | Striped", "Cotton", "Short-Sleeve | Long-Sleeve"],
          }, {
            nouns: ["Boys Jacket", "Girls Jacket", "Kids Jacket"],
            price: [25, 150],
            brands: ["Columbia", "The North Face", "Carter's", "Gap", "Patagonia"],
            features: ["Hooded", "Water-Resistant", "Insulated"],
          }],
        },
        kids_shoes: {
          nouns: ["Kids Sneakers"],
          price: [20, 90],
          brands: ["Nike", "Adidas", "Stride Rite", "New Balance", "Skechers", "Converse"],
          features: ["Light-Up", "Hook-and-Loop | Slip-On", "Lightweight"],
        },
        baby_clothing: {
          nouns: ["Baby Bodysuit", "Baby Onesie"],
          price: [8, 50],
          brands: ["Carter's", "Gerber", "Burt's Bees Baby", "Hanna Andersson"],
          features: [
            "0-3 Months | 3-6 Months | 6-12 Months",
            "Organic Cotton",
            "Long Sleeve | Short Sleeve",
            "3-Pack | 5-Pack",
          ],
        },
        kids_backpacks: {
          since: 7,
          price: [12, 50],
          lines: [{
            nouns: ["Kids Backpack"],
            price: [20, 50],
            brands: ["Skip Hop", "JanSport", "Simple Modern", "Stephen Joseph"],
            features: ["Water-Resistant", "Padded Straps", "Reflective"],
          }, {
            nouns: ["Kids Lunch Bag"],
            price: [12, 35],
            brands: ["Skip Hop", "Bentgo", "Simple Modern", "PackIt"],
            features: ["Insulated", "Leak-Proof"],
          }],
        },
      },
    },
  },
  beauty: {
    skincare: {
      sizes: ["1 fl oz", "1.7 fl oz", "3.4 fl oz"],
      leaves: {
        lip_balm: {
          since: 5,
          nouns: ["Lip Balm", "Lip Mask", "Lip Treatment"],
          price: [3, 30],
          brands: ["Burt's Bees", "Aquaphor", "Laneige", "ChapStick", "Carmex"],
          features: ["SPF 15", "Tinted", "Berry | Vanilla | Unscented"],
          sizes: ["0.15 oz", "0.35 oz", "4-Pack"],
          model: false,
        },
        moisturizers: {
          nouns: ["Moisturizer", "Face Cream"],
          price: [8, 150],
          brands: ["CeraVe", "Neutrogena", "Olay", "Cetaphil", "La Roche-Posay", "Clinique", "Kiehl's"],
          features: ["Daily | Night", "Hydrating", "Fragrance-Free", "Oil-Free"],
        },
        body_lotion: {
          since: 2,
          nouns: ["Body Lotion", "Lotion"],
          price: [6, 40],
          brands: ["CeraVe", "Aveeno", "Eucerin", "Jergens", "Vaseline"],
          features: ["Fragrance-Free", "Hydrating", "Shea Butter"],
          sizes: ["8 oz", "16 oz"],
        },
        serums: {
          nouns: ["Serum", "Vitamin C Serum"],
          price: [10, 180],
          brands: [
            "The Ordinary",
            "La Roche-Posay",
            "Drunk Elephant",
            "Paula's Choice",
            "Olay",
            "SkinCeuticals",
          ],
          features: ["Brightening", "Anti-Aging", "Hydrating", "Fragrance-Free"],
          lines: [{}, {
            nouns: ["Retinol Serum", "Retinol Cream"],
            price: [15, 60],
            brands: ["Olay", "RoC", "Neutrogena", "La Roche-Posay"],
            features: ["Anti-Aging", "Fragrance-Free", "Hydrating"],
          }],
        },
        sunscreen: {
          nouns: ["Sunscreen", "SPF 50 Sunscreen"],
          price: [8, 50],
          brands: ["La Roche-Posay", "Neutrogena", "Supergoop!", "EltaMD", "Banana Boat", "Coppertone"],
          features: ["Mineral", "SPF 30", "Broad Spectrum", "Water-Resistant", "Tinted"],
        },
        cleansers: {
          nouns: ["Cleanser", "Face Wash"],
          price: [6, 60],
          brands: ["CeraVe", "Cetaphil", "Neutrogena", "La Roche-Posay", "Clinique"],
          features: ["Foaming | Gel | Cream", "Hydrating", "Gentle", "Fragrance-Free"],
          sizes: ["8 fl oz", "12 fl oz", "16 fl oz"],
          lines: [{}, {
            nouns: ["Makeup Remover", "Micellar Water", "Makeup Remover Wipes"],
            price: [6, 25],
            brands: ["Garnier", "Neutrogena", "Bioderma", "L'Oreal"],
            features: ["Gentle", "Fragrance-Free", "Oil-Free"],
            sizes: [],
          }],
        },
        face_masks: {
          since: 7,
          nouns: ["Face Mask", "Sheet Mask", "Hydrating Sheet Mask"],
          price: [5, 30],
          brands: ["Mediheal", "TonyMoly", "Garnier", "Neutrogena"],
          features: ["Hyaluronic Acid", "Brightening", "5-Pack | 10-Pack"],
          sizes: [],
        },
      },
    },
    haircare: {
      model: true,
      leaves: {
        hair_oil: {
          since: 5,
          nouns: ["Hair Oil", "Hair Serum"],
          price: [8, 60],
          brands: ["Moroccanoil", "Olaplex", "OGX", "Briogeo", "Mielle"],
          features: ["Argan Oil | Rosemary Oil", "Frizz Control", "Heat Protectant"],
          sizes: ["1.7 oz", "3.4 oz"],
          model: false,
        },
        hair_accessories: {
          since: 5,
          nouns: ["Claw Clips", "Hair Clips", "Scrunchies", "Hair Ties", "Headbands"],
          price: [5, 30],
          brands: ["Kitsch", "Invisibobble", "Scünci", "Goody", "Emi Jay"],
          features: ["Satin | Velvet", "Tortoise | Black | Pastel", "6-Pack | 12-Pack"],
          model: false,
        },
        conditioner: {
          since: 3,
          nouns: ["Conditioner", "Leave-In Conditioner"],
          price: [6, 45],
          brands: ["Olaplex", "Pantene", "OGX", "Redken", "Aveda"],
          features: ["Moisturizing | Volumizing | Color-Safe", "Sulfate-Free"],
          sizes: ["12 oz", "33 oz"],
        },
        shampoo: {
          nouns: ["Shampoo"],
          price: [5, 50],
          brands: ["Pantene", "Herbal Essences", "Olaplex", "Dove", "Redken", "OGX", "Aveda"],
          features: ["Moisturizing | Volumizing | Clarifying", "Sulfate-Free", "Color-Safe"],
          sizes: ["12 fl oz", "16.9 fl oz", "33.8 fl oz"],
          model: false,
        },
        hair_dryers: {
          nouns: ["Hair Dryer", "Blow Dryer"],
          price: [20, 450],
          lines: [{
            brands: ["Revlon", "BaBylissPRO", "Conair", "Shark", "Remington"],
            price: [20, 250],
            features: ["Ionic", "Ceramic", "1875W", "Lightweight", "Travel"],
          }, {
            brands: ["Dyson", "T3"],
            price: [200, 450],
            features: ["Ionic", "Lightweight", "Diffuser"],
          }],
        },
        curling_irons: {
          since: 2,
          nouns: ["Curling Iron", "Curling Wand"],
          price: [25, 200],
          brands: ["Conair", "T3", "BaBylissPRO", "Hot Tools", "GHD"],
          features: ["1-Inch | 1.25-Inch", "Ceramic | Titanium", "Dual-Voltage"],
        },
        straighteners: {
          nouns: ["Hair Straightener", "Flat Iron"],
          price: [20, 250],
          brands: ["GHD", "BaBylissPRO", "CHI", "Remington", "Dyson", "Conair"],
          features: ["Ceramic | Titanium", "1-Inch", "Ionic", "Professional"],
        },
        hair_brushes: {
          since: 6,
          price: [5, 300],
          lines: [{
            nouns: ["Hair Brush", "Hairbrush", "Detangling Brush", "Paddle Brush"],
            price: [8, 40],
            brands: ["Wet Brush", "Tangle Teezer", "Denman", "Conair"],
            features: ["Detangling", "Vented", "Boar Bristle | Nylon Bristle"],
          }, {
            nouns: ["Hair Brush", "Hairbrush"],
            price: [100, 300],
            brands: ["Mason Pearson"],
            features: ["Boar Bristle | Nylon Bristle", "Pocket | Handy | Large"],
          }, {
            nouns: ["Comb", "Wide-Tooth Comb"],
            price: [5, 20],
            brands: ["Conair", "Denman", "Tangle Teezer"],
            features: ["Detangling", "Anti-Static"],
          }],
        },
        hair_styling: {
          since: 7,
          price: [4, 40],
          lines: [{
            nouns: ["Hair Gel", "Styling Gel"],
            price: [4, 15],
            brands: ["Got2b", "Garnier", "Suave", "Aussie"],
            features: ["Strong Hold | Extra Hold", "Non-Flaking"],
          }, {
            nouns: ["Curly Hair Gel", "Curl Defining Gel", "Curl Mousse"],
            price: [8, 40],
            brands: ["SheaMoisture", "Cantu", "DevaCurl", "Ouidad"],
            features: ["Frizz Control", "Sulfate-Free", "Moisturizing"],
          }],
          model: false,
        },
      },
    },
    makeup: {
      leaves: {
        lipstick: {
          nouns: ["Lipstick", "Lip Gloss"],
          price: [5, 60],
          brands: ["MAC", "Maybelline", "L'Oreal", "NYX", "Fenty Beauty", "Revlon", "Charlotte Tilbury"],
          features: ["Matte | Glossy | Satin", "Long-Lasting", "Hydrating", "Nude | Red | Pink | Berry"],
        },
        foundation: {
          nouns: ["Foundation"],
          price: [8, 70],
          brands: ["Maybelline", "L'Oreal", "Fenty Beauty", "Estee Lauder", "NARS", "MAC", "Clinique"],
          features: ["Matte | Dewy | Natural", "Full Coverage | Medium Coverage", "Oil-Free", "Long-Wear"],
        },
        nail_polish: {
          since: 2,
          nouns: ["Nail Polish"],
          price: [5, 25],
          brands: [
            "OPI",
            "Essie",
            "Sally Hansen",
            "Zoya",
            "Olive & June",
            "Revlon",
            "Orly",
            "Deborah Lippmann",
            "Londontown",
          ],
          features: [
            "Red | Nude | Pink | Black",
            "Gel",
            "Quick-Dry",
            "Glossy | Matte | Shimmer | Glitter | Metallic",
            "Long-Wear | 10-Free",
            "Vegan",
          ],
        },
        makeup_brushes: {
          since: 2,
          nouns: ["Makeup Brush Set", "Makeup Brushes"],
          price: [10, 120],
          brands: ["Real Techniques", "Morphe", "Sigma", "EcoTools", "BH Cosmetics"],
          features: ["Vegan", "Synthetic", "Travel"],
        },
        mascara: {
          nouns: ["Mascara"],
          price: [5, 40],
          brands: ["Maybelline", "L'Oreal", "Benefit", "Too Faced", "Lancome", "CoverGirl"],
          features: ["Volumizing | Lengthening", "Waterproof", "Black | Brown"],
        },
        eye_makeup: {
          since: 7,
          price: [5, 65],
          lines: [{
            nouns: ["Eyeliner", "Liquid Eyeliner", "Eyeliner Pencil"],
            price: [5, 25],
            brands: ["Maybelline", "L'Oreal", "NYX", "Stila", "e.l.f."],
            features: ["Waterproof", "Smudge-Proof", "Black | Brown"],
          }, {
            nouns: ["Eyeshadow Palette", "Eye Shadow Palette", "Eyeshadow"],
            price: [8, 65],
            brands: ["Urban Decay", "Too Faced", "Huda Beauty", "NYX", "e.l.f.", "Anastasia Beverly Hills"],
            features: ["Matte | Shimmer", "Neutral | Warm Tone"],
          }],
        },
      },
    },
    body: {
      leaves: {
        body_wash: {
          since: 3,
          nouns: ["Body Wash", "Shower Gel"],
          price: [5, 25],
          brands: ["Dove", "Olay", "Method", "Dr. Bronner's", "Old Spice"],
          features: ["Moisturizing | Exfoliating", "Unscented | Lavender | Citrus", "Sensitive"],
          sizes: ["16 oz", "22 oz"],
        },
        hand_soap: {
          since: 3,
          nouns: ["Hand Soap", "Bar Soap", "Soap"],
          price: [3, 20],
          brands: ["Method", "Mrs. Meyer's", "Dove", "Dr. Bronner's", "Softsoap"],
          features: ["Foaming | Liquid", "Unscented | Lavender | Lemon Verbena", "Moisturizing"],
          sizes: ["12 oz", "3-Pack"],
        },
        hand_sanitizer: {
          since: 6,
          nouns: ["Hand Sanitizer"],
          price: [3, 25],
          brands: ["Purell", "Germ-X", "Bath & Body Works"],
          features: ["Gel | Foam | Spray", "Moisturizing", "Travel Size"],
          sizes: ["8 oz", "2-Pack", "12 oz"],
        },
      },
    },
    fragrance: {
      sizes: ["1 oz", "1.7 oz", "3.4 oz"],
      leaves: {
        perfume: {
          nouns: ["Perfume", "Eau de Parfum"],
          price: [60, 350],
          brands: ["Chanel", "Dior", "Yves Saint Laurent", "Lancome", "Gucci", "Marc Jacobs", "Jo Malone"],
          features: ["Floral | Woody | Citrus | Amber"],
        },
        cologne: {
          nouns: ["Cologne"],
          price: [20, 250],
          brands: [
            "Dior",
            "Chanel",
            "Giorgio Armani",
            "Versace",
            "Calvin Klein",
            "Hugo Boss",
            "Ralph Lauren",
          ],
          features: ["Woody | Fresh | Citrus | Aquatic"],
        },
      },
    },
    grooming: {
      model: true,
      leaves: {
        razors: {
          price: [8, 350],
          lines: [{
            nouns: ["Razor"],
            price: [8, 40],
            brands: ["Gillette", "Harry's", "Schick", "Dollar Shave Club"],
            features: ["3-Blade | 5-Blade", "Sensitive"],
            model: false,
          }, {
            nouns: ["Electric Shaver", "Foil Shaver"],
            price: [40, 350],
            brands: ["Braun", "Panasonic", "Remington"],
            features: ["Wet & Dry", "Cordless"],
          }, {
            nouns: ["Electric Shaver", "Rotary Shaver"],
            price: [40, 300],
            brands: ["Philips", "Remington"],
            features: ["Wet & Dry", "Cordless"],
          }],
        },
        trimmers: {
          nouns: ["Beard Trimmer", "Hair Clipper"],
          price: [15, 200],
          brands: ["Philips", "Wahl", "Braun", "Remington", "Panasonic", "Andis"],
          features: ["Cordless", "Rechargeable", "Waterproof", "Professional"],
        },
        nail_clippers: {
          since: 6,
          price: [5, 40],
          lines: [{
            nouns: ["Nail Clippers", "Nail Clipper", "Toenail Clippers"],
            brands: ["Tweezerman", "Seki Edge", "Zwilling", "Harperton"],
            features: ["Stainless Steel", "With Catcher"],
          }, {
            nouns: ["Tweezers", "Slant Tweezers"],
            brands: ["Tweezerman", "Revlon", "Zwilling"],
            features: ["Stainless Steel", "Precision"],
          }],
        },
      },
    },
  },
  sports: {
    fitness: {
      leaves: {
        pull_up_bars: {
          since: 5,
          nouns: ["Pull-Up Bar", "Doorway Pull-Up Bar", "Power Tower"],
          price: [25, 250],
          brands: ["Iron Gym", "Perfect Fitness", "ProsourceFit", "Sportsroyals"],
          features: ["No Screws", "Multi-Grip", "Adjustable Height"],
          model: false,
        },
        boxing: {
          since: 5,
          price: [20, 300],
          brands: ["Everlast", "Title Boxing", "Hayabusa", "Venum", "RDX"],
          lines: [{
            nouns: ["Boxing Gloves"],
            price: [20, 150],
            features: ["12 oz | 14 oz | 16 oz", "Leather | Synthetic", "Black | Red"],
          }, {
            nouns: ["Focus Mitts"],
            price: [20, 90],
            features: ["Curved", "Leather | Synthetic", "Black | Red"],
          }, {
            nouns: ["Punching Bag", "Heavy Punching Bag"],
            price: [60, 300],
            features: ["70 lb | 100 lb", "Hanging | Freestanding", "Black | Red"],
          }],
          model: false,
        },
        dumbbells: {
          price: [20, 500],
          lines: [{
            nouns: ["Adjustable Dumbbells"],
            price: [100, 500],
            brands: [
              "Bowflex",
              "PowerBlock",
              "Core Home Fitness",
              "Nuobell",
              "Ironmaster",
              "Flybird",
              "NordicTrack",
              "Rep Fitness",
            ],
            features: [
              "25 lb | 52.5 lb | 90 lb | 50 lb | 70 lb",
              "Quick-Select",
              "Pair | Single",
              "Space-Saving",
            ],
          }, {
            nouns: ["Dumbbells"],
            price: [20, 200],
            brands: [
              "CAP Barbell",
              "Rogue",
              "Yes4All",
              "Amazon Basics",
              "Rep Fitness",
              "Titan Fitness",
              "BalanceFrom",
              "Bowflex",
            ],
            features: [
              "5 lb | 10 lb | 25 lb | 50 lb | 3 lb | 8 lb | 15 lb | 20 lb | 30 lb | 40 lb",
              "Rubber Hex | Neoprene | Urethane | Vinyl-Coated",
              "Pair",
              "Knurled Handle",
              "Anti-Roll",
            ],
          }],
        },
        yoga_mats: {
          nouns: ["Yoga Mat"],
          price: [15, 120],
          brands: ["Manduka", "Lululemon", "Gaiam", "Liforme", "JadeYoga"],
          features: ["4mm | 5mm | 6mm", "Non-Slip", "Extra Thick", "Natural Rubber"],
          lines: [{}, {
            nouns: ["Yoga Block", "Yoga Blocks"],
            price: [10, 40],
            brands: ["Manduka", "Gaiam", "Lululemon", "JadeYoga"],
            features: ["Non-Slip", "2-Pack"],
          }],
        },
        treadmills: {
          nouns: ["Treadmill"],
          price: [300, 3000],
          brands: ["NordicTrack", "Peloton", "Sole", "ProForm", "Horizon", "Bowflex"],
          features: ["Folding", "Incline", "Smart"],
          model: true,
        },
        exercise_bikes: {
          nouns: ["Exercise Bike", "Spin Bike"],
          price: [200, 2500],
          brands: ["Peloton", "NordicTrack", "Schwinn", "Echelon", "Bowflex", "Yosuda"],
          features: ["Magnetic Resistance", "Smart", "Bluetooth", "Quiet"],
          model: true,
        },
        resistance_bands: {
          nouns: ["Resistance Bands"],
          price: [8, 50],
          brands: [
            "TheraBand",
            "Fit Simplify",
            "Bodylastics",
            "Rogue",
            "Gaiam",
            "Whatafit",
            "SPRI",
            "Perform Better",
          ],
          features: [
            "5-Pack | 11-Piece | 3-Pack",
            "Fabric | Latex | TPE",
            "Loop | Pull-Up | Mini",
            "With Handles",
            "Non-Slip",
            "Medium | Heavy | X-Heavy",
          ],
        },
        jump_ropes: {
          since: 2,
          nouns: ["Jump Rope"],
          price: [10, 60],
          brands: [
            "Crossrope",
            "Rogue",
            "WOD Nation",
            "Rx Smart Gear",
            "Elite SRS",
            "DEGOL",
            "Everlast",
            "Gaiam",
            "Amazon Basics",
          ],
          features: [
            "Weighted | Speed | Beaded",
            "Adjustable",
            "Ball-Bearing",
            "Tangle-Free",
            "Foam Handles | Aluminum Handles | Wooden Handles",
            "Digital Counter",
          ],
        },
        foam_rollers: {
          since: 2,
          nouns: ["Foam Roller"],
          price: [12, 60],
          brands: [
            "TriggerPoint",
            "LuxFit",
            "Gaiam",
            "Amazon Basics",
            "Hyperice",
            "Yes4All",
            "ProsourceFit",
            "Therabody",
          ],
          features: [
            "High-Density | Medium-Density | Soft",
            "Textured | Smooth",
            "18-Inch | 36-Inch | 12-Inch | 24-Inch",
            "Vibrating",
          ],
        },
        kettlebells: {
          nouns: ["Kettlebell"],
          price: [20, 200],
          brands: ["Rogue", "CAP Barbell", "Bowflex", "Rep Fitness", "Amazon Basics"],
          features: ["12 kg | 16 kg | 24 kg | 32 kg", "Cast Iron | Competition | Vinyl-Coated"],
        },
        rowing_machines: {
          nouns: ["Rowing Machine", "Rower"],
          price: [250, 2500],
          brands: ["Concept2", "Hydrow", "WaterRower", "NordicTrack", "Ergatta"],
          features: ["Smart", "Foldable", "Bluetooth"],
          model: true,
        },
        weight_benches: {
          since: 6,
          nouns: ["Weight Bench", "Adjustable Weight Bench"],
          price: [80, 500],
          brands: ["Bowflex", "Flybird", "Marcy", "Fitness Reality"],
          features: ["Adjustable | Flat", "Foldable", "600 lb | 1000 lb"],
        },
        ab_rollers: {
          since: 7,
          nouns: ["Ab Roller", "Ab Wheel", "Ab Roller Wheel"],
          price: [12, 40],
          brands: ["Perfect Fitness", "Vinsguir", "Sportneer", "CAP Barbell", "SPRI", "Valeo", "Bionic Body"],
          features: [
            "Dual-Wheel | Wide-Wheel | Single-Wheel",
            "Non-Slip",
            "Foam Grips | Ergonomic Grips",
            "Auto-Rebound",
            "Compact",
          ],
        },
      },
    },
    outdoor: {
      leaves: {
        sleeping_pads: {
          since: 5,
          nouns: ["Sleeping Pad", "Inflatable Sleeping Pad", "Camping Mat"],
          price: [30, 250],
          brands: ["Therm-a-Rest", "NEMO", "Sea to Summit", "Klymit", "REI Co-op"],
          features: ["Ultralight", "Insulated", "Regular | Long | Wide"],
          model: false,
        },
        coolers: {
          since: 2,
          price: [30, 450],
          lines: [{
            nouns: ["Cooler"],
            brands: ["YETI", "RTIC", "Coleman", "Igloo", "Pelican"],
            features: ["20-Quart | 45-Quart | 65-Quart", "Rotomolded", "Wheeled"],
          }, {
            nouns: ["Soft Cooler"],
            price: [30, 350],
            brands: ["YETI", "RTIC", "Igloo"],
            features: ["12-Can | 24-Can | 30-Can", "Leakproof", "Backpack"],
          }],
        },
        flashlights: {
          since: 2,
          nouns: ["Flashlight", "Headlamp"],
          price: [15, 120],
          brands: ["Black Diamond", "Petzl", "Fenix", "Streamlight", "Nitecore"],
          features: ["Rechargeable", "400-Lumen | 1000-Lumen", "Waterproof"],
        },
        camping_stoves: {
          since: 2,
          nouns: ["Camping Stove", "Backpacking Stove"],
          price: [40, 250],
          brands: ["Jetboil", "MSR", "Coleman", "Camp Chef", "Snow Peak"],
          features: ["Propane | Butane", "Compact", "Windproof"],
        },
        binoculars: {
          since: 2,
          nouns: ["Binoculars"],
          price: [60, 900],
          brands: ["Nikon", "Vortex", "Bushnell", "Celestron", "Zeiss"],
          features: ["8x42 | 10x42 | 10x50", "Waterproof", "Compact"],
        },
        tents: {
          nouns: ["Tent", "Camping Tent"],
          price: [40, 800],
          brands: ["Coleman", "REI Co-op", "Big Agnes", "MSR", "Marmot", "NEMO", "Kelty"],
          features: ["2-Person | 4-Person | 6-Person", "Backpacking", "Waterproof", "Ultralight"],
        },
        sleeping_bags: {
          nouns: ["Sleeping Bag"],
          price: [30, 400],
          brands: ["Coleman", "REI Co-op", "Marmot", "Kelty", "Big Agnes", "Sea to Summit"],
          features: ["0-Degree | 20-Degree | 30-Degree", "Down | Synthetic", "Mummy", "Ultralight"],
        },
        hiking_boots: {
          nouns: ["Hiking Boots"],
          price: [60, 350],
          brands: ["Merrell", "Salomon", "Keen", "Columbia", "Vasque", "Lowa", "Oboz"],
          features: ["Waterproof", "Mid", "Lightweight", "Leather", "Gore-Tex"],
        },
        backpacks: {
          nouns: ["Hiking Backpack", "Daypack"],
          price: [30, 350],
          brands: ["Osprey", "Gregory", "Deuter", "REI Co-op", "The North Face", "Patagonia"],
          features: ["20L | 30L | 45L", "Lightweight", "Water-Resistant", "Ventilated"],
        },
        lanterns: {
          since: 6,
          nouns: ["Lantern", "Camping Lantern", "LED Lantern"],
          price: [15, 80],
          brands: ["Coleman", "Black Diamond", "Streamlight", "Energizer"],
          features: ["Rechargeable | Battery-Powered", "Dimmable", "Water-Resistant"],
        },
        bug_spray: {
          since: 6,
          price: [6, 20],
          lines: [{
            nouns: ["Bug Spray", "Insect Repellent", "Mosquito Repellent"],
            brands: ["Cutter", "Sawyer"],
            features: ["DEET | Picaridin", "Sweat-Resistant"],
            sizes: ["6 oz", "2-Pack"],
          }, {
            nouns: ["Insect Repellent", "Bug Spray"],
            brands: ["Ben's"],
            features: ["30% DEET | 100% DEET", "Long-Lasting"],
            sizes: ["6 oz", "2-Pack"],
          }],
        },
        camp_seating: {
          since: 7,
          nouns: ["Camping Chair", "Folding Camp Chair"],
          price: [25, 150],
          brands: [
            "Coleman",
            "ALPS Mountaineering",
            "Helinox",
            "Kijaro",
            "REI Co-op",
            "GCI Outdoor",
            "NEMO",
            "Kelty",
          ],
          features: [
            "Portable",
            "Lightweight",
            "Oversized | Low-Profile | High-Back | Rocking",
            "Padded | Mesh-Back",
            "Heavy-Duty",
            "Steel | Aluminum",
          ],
        },
      },
    },
    cycling: {
      leaves: {
        bike_pumps: {
          since: 5,
          nouns: ["Bike Pump", "Floor Pump", "Mini Pump"],
          price: [15, 120],
          brands: ["Topeak", "Lezyne", "Blackburn", "Crankbrothers", "SKS", "Bontrager", "Schwinn"],
          features: [
            "Presta and Schrader",
            "With Gauge | With Digital Gauge",
            "160 psi | 120 psi | 260 psi",
            "Aluminum | Steel",
            "High-Volume | High-Pressure",
          ],
          model: false,
        },
        bike_seats: {
          since: 5,
          nouns: ["Bike Seat", "Bike Saddle", "Gel Bike Seat"],
          price: [20, 200],
          brands: ["Selle Italia", "Brooks", "Fizik", "Bell", "Planet Bike"],
          features: ["Cutout", "Wide | Narrow", "Leather | Gel"],
          model: false,
        },
        bikes: {
          price: [250, 5000],
          lines: [{
            nouns: ["Mountain Bike"],
            price: [400, 5000],
            brands: ["Trek", "Giant", "Specialized", "Santa Cruz", "Cannondale", "Diamondback"],
            features: ["Hardtail | Full-Suspension", "27.5-Inch | 29-Inch", "Aluminum | Carbon"],
          }, {
            nouns: ["Road Bike"],
            price: [600, 5000],
            brands: ["Trek", "Giant", "Specialized", "Cannondale", "Cervelo"],
            features: ["Aluminum | Carbon", "Endurance | Aero", "Disc Brake"],
          }, {
            nouns: ["Bike"],
            price: [250, 1500],
            brands: ["Trek", "Giant", "Schwinn", "Specialized", "Cannondale"],
            features: ["Hybrid | Cruiser | Commuter", "7-Speed | 21-Speed", "Step-Through"],
          }, {
            nouns: ["E-Bike"],
            price: [800, 4000],
            brands: ["Aventon", "Specialized", "Trek", "Lectric", "Rad Power"],
            features: ["500W | 750W", "Folding", "Step-Through", "Commuter"],
          }],
        },
        helmets: {
          nouns: ["Bike Helmet", "Helmet"],
          price: [25, 250],
          brands: ["Giro", "Bell", "Specialized", "POC", "Smith", "Thousand"],
          features: ["Road | Mountain | Commuter", "MIPS", "Lightweight", "Ventilated"],
        },
        bike_lights: {
          nouns: ["Bike Light"],
          price: [10, 90],
          brands: ["Cygolite", "Lezyne", "Bontrager", "NiteRider", "Knog"],
          features: ["Front | Rear", "400 Lumen | 800 Lumen | 1200 Lumen", "Rechargeable", "Waterproof"],
        },
        bike_locks: {
          nouns: ["Bike Lock", "U-Lock"],
          price: [15, 120],
          brands: ["Kryptonite", "Abus", "OnGuard", "Hiplok", "Master Lock", "Zefal", "Litelok", "Knog"],
          features: [
            "Keyed | Combination",
            "Heavy Duty",
            "Hardened Steel",
            "Folding | Chain | Mini",
            "Anti-Theft",
            "13mm | 16mm | 18mm",
          ],
        },
        kids_bikes: {
          since: 7,
          price: [50, 400],
          lines: [{
            nouns: ["Kids Bike", "Kids Bicycle"],
            price: [100, 400],
            brands: ["Guardian", "Schwinn", "RoyalBaby", "Huffy"],
            features: ["12-Inch | 16-Inch | 20-Inch", "Training Wheels", "Coaster Brake"],
          }, {
            nouns: ["Balance Bike", "Kids Balance Bike"],
            price: [50, 200],
            brands: ["Strider", "Woom", "Schwinn", "Retrospec"],
            features: ["12-Inch", "Lightweight", "Adjustable Seat"],
          }],
        },
      },
    },
    skate: {
      leaves: {
        skateboards: {
          since: 2,
          nouns: ["Skateboard", "Longboard", "Cruiser Board"],
          price: [50, 280],
          brands: ["Element", "Santa Cruz", "Globe", "Penny", "Landyachtz"],
          features: ["Complete", "Maple | Bamboo"],
        },
        scooters: {
          since: 2,
          price: [40, 900],
          lines: [{
            nouns: ["Kick Scooter", "Scooter"],
            price: [40, 200],
            brands: ["Micro", "Globber", "Hudora", "Madd Gear"],
            features: ["Foldable", "Adjustable", "Light-Up Wheels"],
          }, {
            nouns: ["Electric Scooter"],
            price: [300, 900],
            brands: ["Segway", "Gotrax", "Hover-1", "Niu"],
            features: ["Foldable", "Long-Range", "Dual-Brake"],
            model: true,
          }],
        },
        kids_scooters: {
          since: 7,
          nouns: ["Kids Scooter", "3-Wheel Kids Scooter", "Kids Kick Scooter"],
          price: [30, 150],
          brands: ["Micro Kickboard", "Razor", "Globber", "Radio Flyer"],
          features: ["Light-Up Wheels", "Adjustable Height", "Foldable"],
        },
        roller_skates: {
          since: 7,
          price: [50, 300],
          lines: [{
            nouns: ["Roller Skates", "Quad Roller Skates"],
            price: [50, 250],
            brands: ["Impala", "Moxi", "Chicago", "Sure-Grip", "Riedell", "Rio Roller", "Chaya"],
            features: ["Outdoor | Indoor", "Suede | Vegan Leather", "Derby | Rhythm | Jam", "Beginner"],
          }, {
            nouns: ["Inline Skates"],
            price: [60, 300],
            brands: ["Rollerblade", "K2", "Powerslide", "Roller Derby", "Bladerunner"],
            features: [
              "Adjustable",
              "Fitness | Recreational | Urban | Speed",
              "ABEC-7 | ABEC-9",
              "Breathable",
            ],
          }],
        },
      },
    },
    team_sports: {
      leaves: {
        pickleball: {
          since: 5,
          price: [15, 250],
          lines: [{
            nouns: ["Pickleball Paddle", "Pickleball Paddle Set"],
            brands: ["Selkirk", "JOOLA", "Franklin", "Onix", "Paddletek"],
            features: ["Carbon Fiber | Fiberglass | Graphite", "16mm | 14mm"],
          }, {
            nouns: ["Pickleballs"],
            price: [10, 40],
            brands: ["Franklin", "Onix", "JOOLA", "Selkirk"],
            features: ["Indoor | Outdoor", "4-Pack | 12-Pack"],
          }],
          model: false,
        },
        soccer: {
          nouns: ["Soccer Ball", "Football"],
          price: [10, 150],
          brands: ["Adidas", "Nike", "Puma", "Select", "Mitre"],
          features: ["Size 3 | Size 4 | Size 5", "Match | Training"],
        },
        basketball: {
          nouns: ["Basketball"],
          price: [15, 150],
          brands: ["Spalding", "Wilson", "Molten", "Nike", "Baden", "Champion Sports"],
          features: [
            "Official Size | Youth Size",
            "Indoor | Outdoor | Indoor/Outdoor",
            "Composite Leather | Rubber | Genuine Leather",
            "Size 5 | Size 6 | Size 7",
          ],
          lines: [{}, {
            nouns: ["Basketball Hoop", "Portable Basketball Hoop"],
            price: [150, 1500],
            brands: ["Spalding", "Lifetime", "Goalrilla", "Goaliath", "Silverback", "Goalsetter", "SKLZ"],
            features: [
              "Adjustable Height",
              "Shatterproof Backboard",
              "44-Inch | 50-Inch | 54-Inch | 60-Inch",
              "In-Ground | Wall-Mounted",
            ],
          }],
        },
        tennis: {
          nouns: ["Tennis Racket"],
          price: [25, 300],
          brands: ["Wilson", "Babolat", "Tecnifibre", "Yonex", "Prince", "Dunlop", "Volkl", "Solinco"],
          features: [
            "Graphite | Carbon Fiber | Aluminum",
            "Lightweight",
            "Pre-Strung",
            "Junior",
            "Oversize | Midplus | Midsize",
            "4 1/4 Grip | 4 3/8 Grip",
          ],
        },
        golf: {
          price: [20, 700],
          lines: [{
            nouns: ["Golf Balls"],
            price: [20, 60],
            brands: ["Titleist", "Callaway", "TaylorMade", "Srixon", "Bridgestone"],
            features: ["12-Pack | 24-Pack", "Soft | Tour"],
          }, {
            nouns: ["Golf Club"],
            price: [100, 700],
            brands: ["Callaway", "TaylorMade", "Ping", "Titleist", "Cobra"],
            features: ["Graphite | Steel", "Forged", "Right-Handed | Left-Handed"],
          }, {
            nouns: ["Golf Bag", "Golf Stand Bag", "Golf Cart Bag"],
            price: [150, 400],
            brands: ["Callaway", "TaylorMade", "Titleist", "Ping", "Sun Mountain"],
            features: ["14-Way Divider", "Lightweight", "Waterproof"],
          }, {
            nouns: ["Golf Shoes", "Spikeless Golf Shoes"],
            price: [80, 220],
            brands: ["FootJoy", "Adidas", "Nike", "Skechers", "ECCO"],
            features: ["Waterproof", "Lightweight", "Breathable"],
          }],
        },
        baseball: {
          price: [20, 300],
          lines: [{
            nouns: ["Baseball Glove"],
            brands: ["Rawlings", "Wilson", "Mizuno", "Easton"],
            features: ["11.5-Inch | 12-Inch | 12.75-Inch", "Leather", "Youth"],
          }, {
            nouns: ["Baseball Bat"],
            brands: ["Louisville Slugger", "Easton", "Marucci", "Rawlings", "Victus"],
            features: ["Aluminum | Wood | Composite", "32-Inch | 33-Inch", "BBCOR | Youth"],
          }],
        },
        billiards: {
          since: 7,
          nouns: ["Pool Cue", "Billiard Cue", "Pool Cue Set"],
          price: [40, 400],
          brands: ["Viking", "McDermott", "Cuetec", "Lucasi"],
          features: ["19 oz | 20 oz | 21 oz", "Maple", "2-Piece"],
        },
      },
    },
    water_sports: {
      leaves: {
        swimwear: {
          price: [15, 120],
          lines: [{
            nouns: ["Swimsuit"],
            brands: ["Speedo", "Arena", "TYR", "Roxy", "Andie"],
            features: ["One-Piece | Two-Piece", "Chlorine-Resistant", "Racerback"],
          }, {
            nouns: ["Swim Trunks"],
            brands: ["Speedo", "Quiksilver", "Billabong", "Patagonia", "Chubbies"],
            features: ["5-Inch | 7-Inch", "Quick-Dry", "Stretch", "UPF 50+"],
          }, {
            nouns: ["Bikini", "Bikini Set"],
            price: [25, 110],
            brands: ["Roxy", "Billabong", "Cupshe", "Andie"],
            features: ["Triangle | Bandeau", "High-Waisted", "Floral | Solid"],
          }],
        },
        paddle_boards: {
          nouns: ["Paddle Board"],
          price: [200, 1500],
          brands: ["iRocker", "Bote", "Isle", "Atoll"],
          features: ["10-Foot | 10.6-Foot | 11-Foot", "Inflatable", "All-Around | Touring"],
        },
        kayaks: {
          since: 6,
          price: [100, 3000],
          lines: [{
            nouns: ["Kayak", "Sit-On-Top Kayak", "Sit-In Kayak"],
            price: [300, 1200],
            brands: [
              "Pelican",
              "Old Town",
              "Perception",
              "Lifetime",
              "Sun Dolphin",
              "Wilderness Systems",
              "Dagger",
              "Ocean Kayak",
            ],
            features: [
              "10-Foot | 12-Foot | 8-Foot | 9-Foot | 14-Foot",
              "Tandem",
              "Recreational | Touring",
              "Lightweight",
            ],
          }, {
            nouns: ["Fishing Kayak"],
            price: [500, 3000],
            brands: ["Old Town", "Perception", "Pelican", "Hobie", "Wilderness Systems", "Ascend"],
            features: [
              "10-Foot | 12-Foot | 11-Foot | 13-Foot",
              "Pedal Drive",
              "Stable",
              "Motor-Ready",
              "Angler",
            ],
          }, {
            nouns: ["Inflatable Kayak"],
            price: [100, 1000],
            brands: [
              "Intex",
              "Sevylor",
              "Advanced Elements",
              "Sea Eagle",
              "Aquaglide",
              "Driftsun",
              "Bestway",
            ],
            features: ["1-Person | 2-Person | 3-Person", "Portable", "Drop-Stitch", "Heavy-Duty"],
          }],
        },
        life_jackets: {
          since: 6,
          price: [20, 250],
          lines: [{
            nouns: ["Life Jacket", "PFD"],
            price: [20, 120],
            brands: ["Stearns", "O'Neill", "Onyx", "NRS", "Body Glove", "Stohlquist", "Astral", "Hyperlite"],
            features: [
              "USCG-Approved",
              "Adult | Youth",
              "Lightweight",
              "Type III | Type II",
              "Neoprene | Nylon",
              "Paddling | Watersports",
            ],
          }, {
            nouns: ["Inflatable Life Jacket"],
            price: [80, 250],
            brands: ["Onyx", "Mustang Survival", "Stearns", "Spinlock", "West Marine"],
            features: ["Manual | Automatic", "USCG-Approved", "Type III | Type V", "Low-Profile"],
          }],
        },
        swim_goggles: {
          since: 6,
          nouns: ["Swim Goggles", "Swimming Goggles"],
          price: [10, 40],
          brands: ["Speedo", "TYR", "Aqua Sphere", "Arena"],
          features: ["Anti-Fog", "Mirrored | Clear | Tinted", "Adult | Junior"],
        },
        pool_floats: {
          since: 6,
          nouns: ["Pool Float", "Pool Lounger", "Pool Raft"],
          price: [8, 60],
          brands: ["Intex", "Swimline", "FUNBOY", "Aqua Leisure"],
          features: ["Inflatable", "Adult", "UV-Resistant"],
        },
        water_shoes: {
          since: 7,
          nouns: ["Water Shoes", "Aqua Shoes"],
          price: [20, 110],
          brands: ["Speedo", "Body Glove", "Merrell", "Keen", "Columbia", "Vibram", "Aleader"],
          features: ["Quick-Dry", "Slip-On", "Barefoot", "Mesh | Neoprene", "Non-Slip", "Lightweight"],
        },
      },
    },
    fishing: {
      leaves: {
        fishing_rods: {
          since: 6,
          price: [25, 300],
          lines: [{
            nouns: ["Fishing Rod", "Spinning Rod", "Casting Rod"],
            price: [30, 300],
            brands: ["Ugly Stik", "St. Croix", "Shimano", "KastKing", "Abu Garcia", "Berkley"],
            features: ["6-Foot | 6.6-Foot | 7-Foot", "2-Piece", "Fast Action"],
          }, {
            nouns: ["Rod and Reel Combo", "Fishing Pole"],
            price: [25, 150],
            brands: ["Zebco", "Ugly Stik", "Penn", "Abu Garcia", "KastKing"],
            features: ["Spinning", "6-Foot | 7-Foot", "2-Piece"],
          }],
        },
        fishing_reels: {
          since: 6,
          price: [25, 300],
          lines: [{
            nouns: ["Spinning Reel", "Fishing Reel"],
            brands: ["Shimano", "Penn", "Daiwa", "Abu Garcia", "KastKing", "Pflueger"],
            features: ["Saltwater | Freshwater", "Ultralight", "Smooth Drag"],
          }, {
            nouns: ["Baitcasting Reel", "Baitcaster"],
            price: [50, 300],
            brands: ["Shimano", "Daiwa", "Abu Garcia", "KastKing", "Lew's"],
            features: ["Low-Profile", "Left-Hand | Right-Hand"],
          }],
        },
        tackle_boxes: {
          since: 6,
          nouns: ["Tackle Box", "Tackle Bag"],
          price: [15, 90],
          brands: ["Plano", "Flambeau", "KastKing", "Piscifun", "Bass Pro Shops", "Wild River"],
          features: [
            "Waterproof",
            "Adjustable Dividers",
            "Large | Medium | Compact",
            "Soft-Sided | Hard-Sided",
            "Multi-Compartment",
          ],
        },
        fishing_line: {
          since: 6,
          nouns: ["Fishing Line", "Braided Fishing Line", "Monofilament Fishing Line"],
          price: [6, 40],
          brands: ["Berkley", "SpiderWire", "KastKing", "PowerPro"],
          features: ["10 lb | 20 lb | 30 lb", "Low-Vis Green | Clear"],
          sizes: ["300 Yards", "500 Yards"],
        },
      },
    },
    winter: {
      leaves: {
        ice_skates: {
          since: 7,
          price: [60, 400],
          lines: [{
            nouns: ["Ice Skates", "Figure Skates"],
            price: [60, 300],
            brands: ["Jackson Ultima", "Riedell", "Lake Placid", "American Athletic Shoe", "Roces", "K2"],
            features: ["Recreational", "Padded Collar", "Insulated", "Leather | Vinyl", "Adjustable"],
          }, {
            nouns: ["Hockey Skates", "Ice Hockey Skates"],
            price: [80, 400],
            brands: ["Bauer", "CCM", "Graf"],
            features: ["Junior | Senior | Intermediate", "Recreational | Performance", "Heat-Moldable"],
          }],
        },
        sleds: {
          since: 7,
          nouns: ["Sled", "Snow Sled", "Toboggan", "Snow Tube"],
          price: [20, 150],
          brands: ["Flexible Flyer", "Paricon", "Slippery Racer"],
          features: ["2-Person", "Lightweight", "Ergonomic Handles"],
        },
        snowboards: {
          since: 7,
          nouns: ["Snowboard", "All-Mountain Snowboard", "Freestyle Snowboard"],
          price: [300, 800],
          brands: ["Burton", "K2", "Lib Tech", "Jones", "Salomon"],
          features: ["Camber | Rocker | Hybrid Camber", "150cm | 155cm | 158cm"],
        },
        ski_goggles: {
          since: 7,
          nouns: ["Ski Goggles", "Snow Goggles"],
          price: [40, 250],
          brands: ["Oakley", "Smith", "Giro", "Anon"],
          features: ["Anti-Fog", "Polarized", "OTG"],
        },
      },
    },
  },
  toys: {
    building: {
      kind: "Toy",
      leaves: {
        building_sets: {
          nouns: ["Building Set", "Building Blocks"],
          price: [10, 400],
          brands: ["LEGO", "Mega Bloks", "Magna-Tiles", "K'NEX", "Playmobil"],
          features: ["250-Piece | 500-Piece | 1000-Piece", "Creative", "Deluxe | Starter"],
        },
        model_kits: {
          nouns: ["Model Kit"],
          price: [15, 200],
          brands: ["Tamiya", "Revell", "Bandai", "Airfix", "Metal Earth"],
          features: ["1:24 Scale | 1:72 Scale | 1:144 Scale", "Snap-Fit", "Beginner"],
        },
      },
    },
    games: {
      kind: "Toy",
      leaves: {
        board_games: {
          nouns: ["Board Game"],
          price: [10, 90],
          brands: ["Hasbro", "Asmodee", "Ravensburger", "Days of Wonder", "Catan Studio", "Stonemaier"],
          features: ["Family | Strategy | Cooperative | Party", "2-Player"],
        },
        puzzles: {
          nouns: ["Puzzle", "Jigsaw Puzzle"],
          price: [8, 60],
          brands: ["Ravensburger", "Buffalo Games", "Springbok", "Galison", "Clementoni"],
          features: ["500-Piece | 1000-Piece | 2000-Piece", "Landscape | Animal | Art"],
        },
        card_games: {
          nouns: ["Card Game"],
          price: [5, 40],
          brands: ["Mattel", "Hasbro", "Exploding Kittens", "Bicycle", "Asmodee"],
          features: ["Party | Family | Strategy", "2-Player", "Travel"],
        },
      },
    },
    video_games: {
      leaves: {
        consoles: {
          price: [150, 700],
          lines: [{
            nouns: ["Game Console"],
            brands: ["Sony", "Microsoft"],
            features: ["512GB | 1TB | 2TB", "Digital Edition"],
          }, {
            nouns: ["Handheld Console"],
            brands: ["Nintendo", "Valve", "ASUS", "Lenovo"],
            features: ["64GB | 256GB | 512GB", "OLED"],
          }],
        },
        controllers: {
          nouns: ["Controller", "Gamepad"],
          price: [25, 200],
          brands: ["Sony", "Microsoft", "Nintendo", "8BitDo", "PowerA", "Razer"],
          features: ["Wired | Wireless", "Pro", "Bluetooth"],
        },
        games: {
          nouns: ["Video Game"],
          price: [10, 70],
          brands: ["Nintendo", "Sony", "Electronic Arts", "Ubisoft", "Capcom", "Bandai Namco", "Square Enix"],
          features: ["Action | RPG | Racing | Sports | Puzzle", "Deluxe Edition"],
        },
        carrying_cases: {
          since: 7,
          nouns: ["Switch Carrying Case", "Switch Case"],
          price: [15, 40],
          brands: ["Nintendo", "PowerA", "HORI", "Orzly"],
          features: ["Hard Shell", "Slim", "Travel"],
          model: false,
        },
      },
    },
    kids: {
      kind: "Toy",
      leaves: {
        blasters: {
          since: 5,
          price: [10, 80],
          lines: [{
            nouns: ["Foam Blaster", "Dart Blaster"],
            brands: ["Nerf", "Dart Zone", "X-Shot"],
            features: ["Motorized", "20 Darts | 40 Darts", "Rotating Drum"],
          }, {
            nouns: ["Water Blaster"],
            brands: ["Nerf", "X-Shot", "Stream Machine"],
            features: ["Pump-Action", "Large Tank"],
          }],
          model: false,
        },
        dollhouses: {
          since: 5,
          nouns: ["Dollhouse", "Wooden Dollhouse"],
          price: [40, 250],
          brands: ["KidKraft", "Melissa & Doug", "Hape", "Barbie"],
          features: ["With Furniture", "2-Story | 3-Story", "Pink | Natural"],
          model: false,
        },
        crayons: {
          since: 5,
          price: [3, 35],
          lines: [{
            nouns: ["Crayons"],
            brands: ["Crayola", "Faber-Castell"],
            features: ["24-Count | 64-Count | 120-Count", "Washable"],
          }, {
            nouns: ["Colored Pencils"],
            brands: ["Prismacolor", "Faber-Castell", "Crayola"],
            features: ["24-Count | 48-Count | 72-Count", "Soft Core"],
          }, {
            nouns: ["Modeling Dough", "Modeling Clay"],
            brands: ["Play-Doh", "Crayola", "Sculpey"],
            features: ["10-Pack | 36-Pack", "Non-Toxic", "Air-Dry"],
          }],
          model: false,
        },
        dolls: {
          nouns: ["Doll", "Fashion Doll"],
          price: [10, 120],
          brands: [
            "Barbie",
            "American Girl",
            "Melissa & Doug",
            "Corolle",
            "Our Generation",
            "Madame Alexander",
            "Rainbow High",
            "Adora",
          ],
          features: [
            "Collector's",
            "Fashion",
            "Poseable",
            "11-Inch | 14-Inch | 18-Inch",
            "Soft-Bodied | Vinyl",
            "Deluxe | Limited Edition",
          ],
        },
        plush: {
          nouns: ["Plush Toy", "Stuffed Animal"],
          price: [8, 60],
          brands: ["Squishmallows", "Jellycat", "Ty", "Gund", "Build-A-Bear"],
          features: ["8-Inch | 12-Inch | Giant", "Teddy Bear | Unicorn | Dinosaur | Bunny"],
        },
        rc_cars: {
          nouns: ["RC Car", "Remote Control Car"],
          price: [20, 300],
          brands: ["Traxxas", "Arrma", "Hot Wheels", "Losi", "Redcat"],
          features: ["1:10 Scale | 1:16 Scale", "4WD", "Brushless", "Off-Road", "Waterproof"],
          model: true,
        },
        action_figures: {
          nouns: ["Action Figure"],
          price: [8, 80],
          brands: [
            "Hasbro",
            "McFarlane Toys",
            "Bandai",
            "Funko",
            "Mattel",
            "Spin Master",
            "Jada Toys",
            "NECA",
            "Mezco",
          ],
          features: [
            "6-Inch | 12-Inch | 4-Inch | 7-Inch",
            "Collector's",
            "Poseable",
            "Deluxe | Ultimate | Classic",
            "Retro | Vintage-Style",
            "Glow-in-the-Dark",
          ],
        },
        baby_toys: {
          nouns: ["Baby Toy", "Rattle", "Teething Toy"],
          price: [5, 40],
          brands: ["Fisher-Price", "Melissa & Doug", "Lovevery", "Manhattan Toy", "VTech", "Skip Hop"],
          features: ["Wooden", "Sensory", "Musical"],
        },
      },
    },
    science: {
      kind: "Toy",
      leaves: {
        microscopes: {
          since: 6,
          price: [30, 400],
          lines: [{
            nouns: ["Microscope", "Compound Microscope"],
            price: [80, 400],
            brands: ["AmScope", "Swift", "OMAX", "Celestron", "Levenhuk", "Bresser"],
            features: [
              "40X-1000X | 40X-2000X | 40X-2500X",
              "LED",
              "Binocular | Monocular | Trinocular",
              "Mechanical Stage",
              "Cordless",
              "Lab-Grade | Professional",
            ],
          }, {
            nouns: ["Student Microscope", "Microscope Kit"],
            price: [30, 90],
            brands: [
              "National Geographic",
              "Educational Insights",
              "Celestron",
              "Carson",
              "Learning Resources",
              "AmScope",
            ],
            features: ["LED", "Dual-Light", "40X-640X | 100X-1200X", "Beginner", "With Prepared Slides"],
          }],
        },
        science_kits: {
          since: 6,
          nouns: ["Science Kit", "STEM Kit", "Chemistry Set"],
          price: [15, 80],
          brands: ["National Geographic", "Thames & Kosmos", "Snap Circuits", "Learning Resources"],
          features: ["Ages 8+ | Ages 12+", "Educational"],
        },
      },
    },
    outdoor_play: {
      kind: "Toy",
      leaves: {
        trampolines: {
          since: 6,
          nouns: ["Trampoline", "Backyard Trampoline"],
          price: [200, 1500],
          brands: [
            "Skywalker Trampolines",
            "Springfree",
            "JumpSport",
            "Zupapa",
            "Upper Bounce",
            "Bounce Pro",
            "Vuly",
            "ACON",
            "Little Tikes",
          ],
          features: [
            "10-Foot | 12-Foot | 14-Foot | 8-Foot | 15-Foot | 16-Foot",
            "With Enclosure",
            "Round | Rectangular | Oval",
            "Springless",
            "Weather-Resistant",
          ],
        },
        swing_sets: {
          since: 6,
          nouns: ["Swing Set", "Playset"],
          price: [150, 2000],
          brands: [
            "Backyard Discovery",
            "Lifetime",
            "Gorilla Playsets",
            "KidKraft",
            "Swing-N-Slide",
            "Step2",
            "Costzon",
            "Sportspower",
          ],
          features: [
            "2-Swing | 3-Swing | 4-Swing",
            "Wooden | Metal | Cedar",
            "With Slide | With Rock Wall | With Clubhouse | With Sandbox",
            "Backyard",
          ],
        },
        kites: {
          since: 7,
          nouns: ["Kite", "Delta Kite", "Diamond Kite"],
          price: [10, 80],
          brands: ["Prism", "HQ Kites", "Gayla", "X-Kites"],
          features: ["Easy-Fly", "Ripstop Nylon", "Large"],
        },
      },
    },
  },
  books: {
    fiction: {
      brands: [
        "Penguin",
        "HarperCollins",
        "Vintage",
        "Random House",
        "Simon & Schuster",
        "Knopf",
        "Macmillan",
      ],
      features: [BOOK_FORMAT, "Bestselling | Award-Winning", "Large Print"],
      leaves: {
        novels: { nouns: ["Novel", "Literary Novel"], price: [6, 30] },
        mystery: { nouns: ["Mystery Novel", "Thriller"], price: [6, 30] },
        science_fiction: {
          nouns: ["Science Fiction Novel"],
          price: [6, 30],
          brands: ["Tor", "Orbit", "Del Rey", "Penguin", "HarperCollins", "Gollancz"],
        },
      },
    },
    nonfiction: {
      brands: ["Penguin", "HarperCollins", "Simon & Schuster", "Random House", "Knopf", "Crown"],
      features: [BOOK_FORMAT, "Bestselling | Award-Winning", "Illustrated"],
      leaves: {
        biographies: { nouns: ["Biography", "Memoir"], price: [8, 40] },
        cookbooks: {
          nouns: ["Cookbook"],
          price: [12, 50],
          brands: [
            "Ten Speed Press",
            "Clarkson Potter",
            "Phaidon",
            "America's Test Kitchen",
            "Chronicle Books",
          ],
          features: [
            "Hardcover | Spiral-Bound",
            "Vegetarian | Baking | Italian | Quick & Easy",
            "Illustrated",
          ],
        },
        history: {
          nouns: ["History Book"],
          price: [10, 45],
          brands: [
            "Penguin",
            "HarperCollins",
            "Simon & Schuster",
            "Random House",
            "Knopf",
            "Crown",
            "Oxford University Press",
            "Yale University Press",
            "Macmillan",
          ],
          features: [
            BOOK_FORMAT,
            "Bestselling | Award-Winning",
            "Illustrated",
            "Ancient | Medieval | Military | World War II | Civil War",
          ],
        },
      },
    },
    education: {
      leaves: {
        textbooks: {
          nouns: ["Textbook"],
          price: [30, 250],
          brands: ["Pearson", "McGraw Hill", "Wiley", "Cengage", "Oxford University Press"],
          features: [
            "Hardcover | Paperback | Loose-Leaf",
            "Calculus | Biology | Economics | Chemistry",
            "Updated Edition",
          ],
        },
        programming: {
          nouns: ["Programming Book"],
          price: [20, 80],
          brands: ["O'Reilly", "No Starch Press", "Manning", "Pragmatic Bookshelf", "Addison-Wesley"],
          features: ["Python | JavaScript | Rust | Go | TypeScript | SQL", BOOK_FORMAT, "Updated Edition"],
        },
        language_learning: {
          nouns: ["Language Course", "Phrasebook"],
          price: [10, 60],
          brands: ["Berlitz", "Lonely Planet", "Assimil", "Collins", "Living Language"],
          features: ["Spanish | French | German | Italian | Japanese", "Beginner | Intermediate", "Pocket"],
        },
      },
    },
    children: {
      leaves: {
        picture_books: {
          nouns: ["Picture Book"],
          price: [5, 25],
          brands: ["Scholastic", "Candlewick", "Chronicle Books", "Random House", "Penguin"],
          features: ["Hardcover | Board Book | Paperback", "Bedtime", "Award-Winning"],
        },
        activity_books: {
          nouns: ["Activity Book", "Coloring Book"],
          price: [4, 20],
          brands: ["Melissa & Doug", "Dover", "Scholastic", "Usborne", "Highlights"],
          features: ["Jumbo", "Sticker", "Dinosaur | Animal | Space", "Educational"],
        },
      },
    },
  },
  garden: {
    tools: {
      model: true,
      leaves: {
        pressure_washers: {
          since: 5,
          nouns: ["Pressure Washer", "Electric Pressure Washer", "Gas Pressure Washer"],
          price: [120, 600],
          brands: ["Sun Joe", "Greenworks", "Kärcher", "Ryobi", "DEWALT"],
          features: ["2000 PSI | 3100 PSI", "With Foam Cannon", "25-Foot Hose"],
          model: true,
        },
        hose_nozzles: {
          since: 5,
          nouns: ["Hose Nozzle", "Spray Nozzle", "Watering Wand"],
          price: [8, 40],
          brands: ["Gilmour", "Melnor", "Orbit", "Dramm"],
          features: ["8 Patterns | 10 Patterns", "Metal", "Thumb Control"],
          model: false,
        },
        lawn_mowers: {
          price: [120, 2500],
          lines: [{
            nouns: ["Lawn Mower"],
            price: [120, 900],
            brands: ["Honda", "Toro", "Craftsman"],
            features: ["Gas", "20-Inch | 21-Inch", "Self-Propelled", "Mulching"],
          }, {
            nouns: ["Lawn Mower"],
            price: [200, 900],
            brands: ["EGO", "Greenworks", "Ryobi", "Toro"],
            features: ["Cordless", "20-Inch | 21-Inch", "Self-Propelled", "Mulching"],
          }, {
            nouns: ["Robot Mower"],
            price: [500, 2500],
            brands: ["Husqvarna", "Worx", "Segway", "Gardena", "Mammotion"],
            features: ["Wire-Free", "GPS", "App-Controlled"],
          }],
        },
        hedge_trimmers: {
          nouns: ["Hedge Trimmer"],
          price: [40, 300],
          brands: ["Black+Decker", "Greenworks", "EGO", "Ryobi", "Stihl", "Worx", "Makita"],
          features: ["Cordless | Electric", "22-Inch | 24-Inch", "Lightweight"],
        },
        garden_hoses: {
          price: [15, 150],
          model: false,
          lines: [{
            nouns: ["Garden Hose"],
            brands: ["Flexzilla", "Gardena", "Gilmour", "Zero-G"],
            features: ["50-Foot | 75-Foot | 100-Foot", "Expandable | Kink-Free", "Heavy Duty"],
          }, {
            nouns: ["Hose Reel"],
            brands: ["Suncast", "Liberty Garden", "Ames", "Gardena"],
            features: ["Wall-Mounted | Cart | Retractable", "Heavy Duty", "Metal"],
          }],
        },
        shovels: {
          nouns: ["Shovel", "Garden Spade"],
          price: [15, 80],
          brands: ["Fiskars", "Ames", "True Temper", "Radius Garden", "Bully Tools"],
          features: ["D-Handle | Long-Handle", "Steel", "Fiberglass", "Heavy Duty"],
          model: false,
        },
        leaf_blowers: {
          since: 6,
          nouns: ["Leaf Blower"],
          price: [40, 600],
          lines: [{
            price: [100, 350],
            brands: ["EGO", "Greenworks", "Ryobi", "DEWALT", "Milwaukee", "Worx"],
            features: ["Cordless", "Brushless", "Variable Speed", "Lightweight"],
          }, {
            nouns: ["Leaf Blower", "Backpack Leaf Blower"],
            price: [150, 600],
            brands: ["Echo", "Husqvarna", "Stihl"],
            features: ["Gas", "2-Stroke", "Variable Speed"],
          }, {
            nouns: ["Electric Leaf Blower", "Leaf Blower Vacuum"],
            price: [40, 120],
            brands: ["Toro", "Black+Decker", "Worx", "Sun Joe"],
            features: ["Corded", "Variable Speed", "Mulching"],
          }],
        },
        snow_blowers: {
          since: 6,
          nouns: ["Snow Blower", "Snow Thrower"],
          price: [300, 1800],
          lines: [{
            price: [700, 1800],
            brands: ["Toro", "Ariens", "Husqvarna", "Cub Cadet", "Craftsman"],
            features: ["Gas", "24-Inch | 26-Inch | 28-Inch", "Two-Stage", "Electric Start"],
          }, {
            price: [300, 900],
            brands: ["EGO", "Greenworks", "Toro", "Ryobi", "Snow Joe"],
            features: ["Cordless", "21-Inch", "Single-Stage"],
          }],
        },
        chainsaws: {
          since: 6,
          nouns: ["Chainsaw", "Chain Saw"],
          price: [120, 700],
          lines: [{
            price: [200, 700],
            brands: ["Husqvarna", "Stihl", "Echo", "Poulan Pro"],
            features: ["Gas", "16-Inch | 18-Inch | 20-Inch"],
          }, {
            price: [120, 450],
            brands: ["EGO", "Greenworks", "DEWALT", "Milwaukee", "Ryobi", "Makita"],
            features: ["Cordless", "12-Inch | 14-Inch | 16-Inch", "Brushless"],
          }],
        },
        string_trimmers: {
          since: 6,
          nouns: ["String Trimmer", "Weed Trimmer", "Weed Eater"],
          price: [50, 350],
          lines: [{
            price: [100, 350],
            brands: ["EGO", "Greenworks", "Ryobi", "DEWALT", "Milwaukee", "Makita"],
            features: ["Cordless", "13-Inch | 15-Inch", "Brushless"],
          }, {
            price: [50, 150],
            brands: ["Black+Decker", "Worx"],
            features: ["Cordless", "12-Inch | 13-Inch", "Lightweight"],
          }, {
            price: [130, 350],
            brands: ["Husqvarna", "Echo", "Craftsman"],
            features: ["Gas", "Straight Shaft | Curved Shaft"],
          }],
        },
        wheelbarrows: {
          since: 6,
          price: [60, 250],
          lines: [{
            nouns: ["Wheelbarrow"],
            price: [80, 250],
            brands: ["True Temper", "Jackson", "Ames"],
            features: ["6 Cu. Ft. | 8 Cu. Ft.", "Steel | Poly"],
          }, {
            nouns: ["Garden Cart", "Dump Cart"],
            price: [60, 200],
            brands: ["Gorilla Carts", "Marathon"],
            features: ["Poly", "Pneumatic Wheels", "Quick-Release"],
          }],
          model: false,
        },
        rakes: {
          since: 6,
          nouns: ["Rake", "Leaf Rake", "Bow Rake"],
          price: [15, 60],
          brands: ["Fiskars", "Ames", "True Temper", "Bully Tools"],
          features: ["24-Inch | 30-Inch", "Steel | Poly", "Fiberglass Handle | Wood Handle"],
          model: false,
        },
        pruning_shears: {
          since: 6,
          price: [12, 80],
          lines: [{
            nouns: ["Pruning Shears", "Hand Pruners", "Garden Shears"],
            brands: ["Fiskars", "Felco", "Corona", "Gardena", "ARS", "Okatsune", "Spear & Jackson", "Bahco"],
            features: [
              "Bypass | Anvil | Ratchet",
              "Ergonomic",
              "Steel | Carbon Steel | Titanium-Coated",
              "Heavy-Duty | Professional",
              "Soft-Grip",
            ],
          }, {
            nouns: ["Loppers"],
            price: [25, 80],
            brands: ["Fiskars", "Corona", "Gardena", "ARS", "Spear & Jackson", "Bahco"],
            features: [
              "Bypass | Anvil | Ratchet",
              "Extendable",
              "Heavy-Duty | Professional",
              "Compound Action",
              "28-Inch | 32-Inch",
            ],
          }],
          model: false,
        },
      },
    },
    outdoor_living: {
      leaves: {
        grill_covers: {
          since: 5,
          nouns: ["Grill Cover", "BBQ Grill Cover"],
          price: [20, 120],
          brands: ["Classic Accessories", "Char-Broil", "Weber", "Grillman"],
          features: ["Waterproof", "UV-Resistant", "Small | Medium | Large"],
          model: false,
        },
        grills: {
          price: [80, 2000],
          model: true,
          lines: [{
            nouns: ["Gas Grill"],
            brands: ["Weber", "Char-Broil", "Napoleon", "Nexgrill", "Broil King"],
            features: ["2-Burner | 3-Burner | 4-Burner", "Propane", "Stainless Steel", "Portable"],
          }, {
            nouns: ["Charcoal Grill", "Kettle Grill"],
            price: [80, 400],
            brands: ["Weber", "Char-Griller"],
            features: ["18-Inch | 22-Inch", "Portable"],
          }, {
            nouns: ["Kamado Grill", "Ceramic Charcoal Grill"],
            price: [700, 1500],
            brands: ["Kamado Joe", "Big Green Egg"],
            features: ["18-Inch | 24-Inch", "Ceramic"],
          }, {
            nouns: ["Grill"],
            price: [300, 2000],
            brands: ["Traeger", "Pit Boss", "Camp Chef", "Z Grills", "Weber"],
            features: ["Pellet | Flat-Top", "Wi-Fi", "Portable"],
          }],
        },
        patio_furniture: {
          price: [60, 2500],
          lines: [{
            nouns: ["Patio Set"],
            price: [250, 2500],
            brands: ["Polywood", "Hampton Bay", "Christopher Knight Home", "Ashley", "IKEA"],
            features: [
              "3-Piece | 4-Piece | 5-Piece | 7-Piece",
              "Wicker | Teak | Aluminum",
              "Conversation | Dining",
            ],
          }, {
            nouns: ["Outdoor Chair"],
            price: [60, 500],
            brands: ["Polywood", "Keter", "IKEA", "Hampton Bay"],
            features: ["Adirondack | Folding | Rocking", "Wicker | Teak | Resin", "Stackable"],
          }],
        },
        fire_pits: {
          nouns: ["Fire Pit"],
          price: [60, 600],
          brands: ["Solo Stove", "Breeo", "Outland Living", "Sunnydaze"],
          features: ["19-Inch | 24-Inch | 30-Inch", "Smokeless | Propane", "Portable", "Stainless Steel"],
        },
        bird_feeders: {
          since: 6,
          price: [15, 120],
          lines: [{
            nouns: ["Bird Feeder"],
            brands: ["Droll Yankees", "Perky-Pet", "Squirrel Buster", "Woodlink", "More Birds"],
            features: ["Squirrel-Resistant", "Hanging", "Large Capacity"],
          }, {
            nouns: ["Hummingbird Feeder"],
            price: [10, 40],
            brands: ["Perky-Pet", "More Birds", "Aspects", "First Nature"],
            features: ["Ant Moat", "Leak-Proof"],
          }],
        },
        hammocks: {
          since: 6,
          price: [25, 400],
          lines: [{
            nouns: ["Hammock", "Double Hammock"],
            price: [60, 400],
            brands: ["Vivere", "Sunnydaze", "Hatteras Hammocks"],
            features: ["2-Person", "With Steel Frame", "Rope | Quilted | Cotton"],
          }, {
            nouns: ["Camping Hammock"],
            price: [25, 100],
            brands: ["ENO", "Kammok", "Wise Owl Outfitters", "Grand Trunk"],
            features: ["Single | Double", "Ultralight", "With Straps"],
          }],
        },
        patio_umbrellas: {
          since: 6,
          price: [40, 500],
          lines: [{
            nouns: ["Patio Umbrella", "Market Umbrella"],
            price: [40, 200],
            brands: ["Abba Patio", "Sunnydaze", "Hampton Bay", "Blissun"],
            features: ["7.5-Foot | 9-Foot | 10-Foot", "Tilt", "Crank", "UV-Resistant"],
          }, {
            nouns: ["Cantilever Umbrella", "Offset Patio Umbrella"],
            price: [150, 500],
            brands: ["Abba Patio", "Sunnydaze", "Hampton Bay", "Blissun"],
            features: ["10-Foot | 11-Foot", "360-Degree Rotation", "UV-Resistant"],
          }],
        },
      },
    },
    plants: {
      leaves: {
        planters: {
          nouns: ["Planter", "Plant Pot", "Plant Stand"],
          price: [8, 150],
          brands: ["Bloem", "Umbra", "IKEA", "Veradek", "Mkono", "Lechuza"],
          features: [
            "6-Inch | 8-Inch | 12-Inch",
            "Ceramic | Terracotta | Plastic | Concrete",
            "Self-Watering",
            "Hanging",
          ],
        },
        seeds: {
          nouns: ["Seed Kit", "Vegetable Seeds"],
          price: [3, 30],
          brands: ["Burpee", "Ferry-Morse", "Botanical Interests", "Seed Needs", "Baker Creek"],
          features: ["Heirloom", "Organic", "Non-GMO"],
        },
        fertilizer: {
          nouns: ["Fertilizer", "Plant Food"],
          price: [8, 50],
          brands: ["Miracle-Gro", "Scotts", "Jobe's", "Espoma", "Dr. Earth", "Osmocote"],
          features: ["All-Purpose | Tomato | Rose", "Organic", "Slow-Release", "Liquid | Granular"],
          sizes: ["1 lb", "4 lb", "32 oz"],
        },
        watering_cans: {
          nouns: ["Watering Can"],
          price: [8, 40],
          brands: ["Bloem", "Haws", "Behrens", "Gardena", "IKEA"],
          features: ["1-Gallon | 2-Gallon", "Galvanized Steel | Plastic | Copper", "Long-Spout"],
        },
      },
    },
  },
  automotive: {
    electronics: {
      model: true,
      leaves: {
        car_audio: {
          since: 5,
          price: [40, 600],
          lines: [{
            nouns: ["Car Speakers"],
            brands: ["Pioneer", "Kenwood", "Rockford Fosgate", "Kicker", "Alpine"],
            features: ["6.5-Inch | 6x9-Inch", "Coaxial | Component", "300W | 600W"],
          }, {
            nouns: ["Car Subwoofer"],
            brands: ["Pioneer", "Kenwood", "Rockford Fosgate", "Kicker", "Alpine"],
            features: ["10-Inch | 12-Inch", "Single Voice Coil | Dual Voice Coil", "500W | 1000W"],
          }, {
            nouns: ["Car Stereo", "Car Radio"],
            brands: ["Pioneer", "Kenwood", "Alpine", "Sony"],
            features: ["Apple CarPlay | Android Auto", "Bluetooth", "Single-DIN | Double-DIN"],
          }],
          model: true,
        },
        dash_cams: {
          nouns: ["Dash Cam", "Dashboard Camera"],
          price: [40, 400],
          brands: ["Garmin", "Vantrue", "Nextbase", "Viofo", "Rexing", "Redtiger"],
          features: ["1080p | 2K | 4K", "Dual-Channel", "Night Vision", "Wi-Fi", "Parking Mode"],
        },
        car_chargers: {
          nouns: ["Car Charger"],
          price: [8, 50],
          brands: ["Anker", "Belkin", "Ugreen", "Spigen", "Scosche", "Baseus"],
          features: ["30W | 60W | 100W", "USB-C", "Dual-Port", "Fast"],
          model: false,
        },
        gps: {
          nouns: ["GPS Navigator"],
          price: [80, 400],
          brands: ["Garmin", "TomTom", "Rand McNally"],
          features: ["5-Inch | 6-Inch | 7-Inch", "Truck", "Bluetooth", "Lifetime Maps"],
        },
      },
    },
    maintenance: {
      leaves: {
        car_batteries: {
          since: 5,
          nouns: ["Car Battery", "AGM Car Battery"],
          price: [100, 350],
          brands: ["Optima", "DieHard", "Interstate", "Odyssey", "Bosch"],
          features: ["Group 24F | Group 35 | Group H6", "650 CCA | 800 CCA"],
          model: false,
        },
        wiper_blades: {
          since: 2,
          nouns: ["Wiper Blades", "Windshield Wiper"],
          price: [10, 50],
          brands: ["Bosch", "Rain-X", "Michelin", "Valeo", "Trico"],
          features: ["Beam | Hybrid | Conventional", "All-Season"],
          sizes: ["20-Inch", "22-Inch", "26-Inch"],
        },
        motor_oil: {
          nouns: ["Motor Oil"],
          price: [20, 60],
          brands: ["Castrol", "Mobil 1", "Valvoline", "Pennzoil", "Shell Rotella"],
          features: [
            "Full Synthetic | Synthetic Blend | Conventional",
            "0W-20 | 5W-20 | 5W-30 | 10W-40",
            "High Mileage",
          ],
          sizes: ["1 Quart", "5 Quart"],
        },
        tire_inflators: {
          nouns: ["Tire Inflator", "Air Compressor"],
          price: [25, 150],
          brands: ["Ryobi", "DEWALT", "Avid Power", "Viair", "AstroAI"],
          features: ["Cordless | 12V", "Portable", "Digital", "150 PSI"],
          model: true,
        },
        jump_starters: {
          nouns: ["Jump Starter"],
          price: [50, 250],
          brands: ["NOCO", "Clore Automotive", "Gooloo", "Schumacher", "Audew"],
          features: ["1500A | 2000A | 3000A", "Lithium", "Portable", "12V"],
          model: true,
        },
      },
    },
    interior: {
      leaves: {
        seat_covers: {
          nouns: ["Seat Covers"],
          price: [20, 200],
          brands: ["FH Group", "Motor Trend", "Covercraft", "BDK"],
          features: ["Leather | Neoprene | Fabric", "Waterproof", "Universal", "Full Set | Front Pair"],
        },
        car_vacuums: {
          since: 2,
          nouns: ["Car Vacuum", "Handheld Vacuum"],
          price: [25, 150],
          brands: [
            "Black+Decker",
            "ThisWorx",
            "Shark",
            "Bissell",
            "Armor All",
            "Dirt Devil",
            "VacLife",
            "Dyson",
            "Eureka",
          ],
          features: ["Cordless", "Wet/Dry", "HEPA", "Cyclonic", "12V | 16V | 20V", "Lightweight"],
        },
        phone_mounts: {
          since: 2,
          nouns: ["Car Phone Mount", "Phone Mount", "Car Phone Holder"],
          price: [12, 70],
          brands: ["iOttie", "Belkin", "Scosche", "Anker", "Spigen"],
          features: ["Dashboard | Vent | Cup Holder", "MagSafe", "Wireless Charging"],
        },
        floor_mats: {
          nouns: ["Floor Mats"],
          price: [20, 180],
          brands: ["WeatherTech", "Husky Liners", "Motor Trend", "Lasfit", "Armor All"],
          features: ["All-Weather", "Rubber | Carpet", "Custom Fit | Trim-to-Fit", "Heavy Duty"],
        },
        car_organizers: {
          nouns: ["Car Organizer", "Trunk Organizer"],
          price: [12, 60],
          brands: ["Drive Auto Products", "Fortem", "Lusso Gear", "Amazon Basics", "High Road"],
          features: ["Collapsible", "Waterproof", "Multi-Compartment", "Large"],
        },
      },
    },
    exterior: {
      leaves: {
        car_covers: {
          since: 7,
          nouns: ["Car Cover", "Outdoor Car Cover", "SUV Cover"],
          price: [40, 300],
          brands: ["Covercraft", "Budge", "Kayme", "OxGord"],
          features: ["Waterproof", "All-Weather", "UV-Resistant"],
        },
        ice_scrapers: {
          since: 7,
          nouns: ["Ice Scraper", "Snow Brush", "Snow Brush and Ice Scraper"],
          price: [8, 40],
          brands: ["Hopkins", "Snow Joe", "AstroAI", "Mallory", "SubZero", "Rain-X", "Michelin"],
          features: [
            "Extendable | Telescoping",
            "Foam Grip | Ergonomic Grip",
            "27-Inch | 35-Inch | 52-Inch",
            "Heavy-Duty",
            "Scratch-Free",
            "With Squeegee",
          ],
        },
      },
    },
  },
  grocery: {
    beverages: {
      leaves: {
        sparkling_water: {
          since: 5,
          nouns: ["Sparkling Water", "Seltzer"],
          price: [4, 25],
          brands: ["LaCroix", "Perrier", "Topo Chico", "Spindrift", "bubly", "San Pellegrino"],
          features: ["Lime | Grapefruit | Lemon | Unflavored", "Zero Sugar"],
          sizes: ["8 x 12 oz", "12 x 12 oz", "24 x 12 oz"],
          model: false,
        },
        energy_drinks: {
          since: 5,
          nouns: ["Energy Drink"],
          price: [8, 45],
          brands: ["Red Bull", "Monster", "Celsius", "Rockstar", "Alani Nu"],
          features: ["Sugar Free | Original", "Tropical | Berry | Citrus"],
          sizes: ["4-Pack", "12-Pack", "24-Pack"],
          model: false,
        },
        plant_milk: {
          since: 5,
          price: [3, 30],
          features: ["Unsweetened | Original | Vanilla", "Barista Edition", "Shelf-Stable"],
          sizes: ["32 oz", "64 oz", "6-Pack"],
          lines: [
            { nouns: ["Almond Milk"], brands: ["Almond Breeze", "Silk", "Califia Farms"] },
            { nouns: ["Oat Milk"], brands: ["Oatly", "Planet Oat", "Califia Farms", "Silk"] },
            { nouns: ["Soy Milk"], brands: ["Silk", "Westsoy", "Edensoy"] },
          ],
          model: false,
        },
        coffee: {
          price: [8, 45],
          lines: [{
            nouns: ["Coffee Beans", "Ground Coffee"],
            price: [8, 40],
            brands: [
              "Lavazza",
              "Starbucks",
              "Illy",
              "Peet's",
              "Stumptown",
              "Intelligentsia",
              "Kicking Horse",
            ],
            features: [
              "Light Roast | Medium Roast | Dark Roast | Espresso Roast",
              "Organic",
              "Fair Trade",
              "Single-Origin | Decaf",
            ],
            sizes: ["12 oz", "2 lb", "32 oz"],
          }, {
            nouns: ["Coffee Pods", "K-Cup Pods"],
            price: [12, 45],
            brands: ["Starbucks", "Peet's", "Green Mountain", "Lavazza", "Dunkin'"],
            features: ["Light Roast | Medium Roast | Dark Roast", "Decaf", "Compostable"],
            sizes: ["24-Count", "72-Count"],
          }, {
            nouns: ["Coffee Capsules", "Espresso Capsules"],
            price: [8, 60],
            brands: ["Nespresso"],
            features: ["Medium Roast | Dark Roast | Espresso Roast", "Decaf"],
            sizes: ["10-Count", "50-Count"],
          }],
        },
        tea: {
          price: [4, 30],
          brands: ["Twinings", "Tazo", "Bigelow", "Yogi", "Harney & Sons", "Lipton"],
          sizes: ["20 Count", "50 Count", "100 Count"],
          lines: [{
            nouns: ["Green Tea"],
            features: ["Jasmine | Matcha | Sencha", "Organic", "Decaf"],
          }, {
            nouns: ["Tea Bags"],
            features: ["Earl Grey | English Breakfast | Chamomile | Peppermint", "Organic", "Decaf"],
          }],
        },
      },
    },
    snacks: {
      leaves: {
        chips: {
          price: [2, 12],
          sizes: ["8 oz", "13 oz", "Family Size"],
          lines: [{
            nouns: ["Potato Chips"],
            brands: ["Lay's", "Kettle Brand", "Cape Cod", "Utz", "Miss Vickie's"],
            features: [
              "Sea Salt | Salt & Vinegar | Barbecue | Sour Cream & Onion",
              "Kettle-Cooked",
              "Reduced Fat",
            ],
          }, {
            nouns: ["Tortilla Chips"],
            brands: ["Tostitos", "Late July", "Siete", "Mission", "Santitas"],
            features: ["Sea Salt | Lime | Nacho Cheese", "Restaurant-Style", "Organic"],
          }],
        },
        nuts: {
          price: [6, 30],
          lines: [
            { nouns: ["Almonds"], brands: ["Blue Diamond", "Wonderful", "Kirkland Signature"] },
            { nouns: ["Mixed Nuts"], brands: ["Planters", "Emerald", "Kirkland Signature"] },
          ],
          features: ["Roasted | Raw | Honey Roasted | Smoked", "Salted | Unsalted"],
          sizes: ["6 oz", "16 oz", "2.5 lb"],
        },
        chocolate: {
          nouns: ["Chocolate Bar", "Dark Chocolate"],
          price: [2, 25],
          brands: ["Lindt", "Ghirardelli", "Hershey's", "Tony's Chocolonely", "Godiva", "Alter Eco"],
          features: ["70% Cacao | 85% Cacao", "Sea Salt | Almond | Caramel | Orange", "Organic"],
        },
      },
    },
    pantry: {
      leaves: {
        hot_sauce: {
          since: 5,
          price: [3, 20],
          lines: [{
            nouns: ["Hot Sauce"],
            brands: ["Cholula", "Tabasco", "Frank's RedHot", "Tapatío"],
            features: ["Original | Chipotle | Garlic", "Extra Hot"],
            sizes: ["5 oz", "12 oz"],
          }, {
            nouns: ["Sriracha", "Sriracha Hot Chili Sauce"],
            brands: ["Huy Fong", "Tabasco", "Kikkoman"],
            features: ["Original", "Extra Hot"],
            sizes: ["9 oz", "17 oz"],
          }],
          model: false,
        },
        syrups: {
          since: 5,
          price: [4, 35],
          sizes: ["12 oz", "32 oz", "1 gal"],
          lines: [{
            nouns: ["Maple Syrup", "Pure Maple Syrup"],
            brands: ["Coombs Family Farms", "Butternut Mountain Farm", "Maple Grove Farms"],
            features: ["Grade A Amber | Grade A Dark", "Organic"],
          }, {
            nouns: ["Pancake Syrup"],
            price: [3, 10],
            brands: ["Log Cabin", "Mrs. Butterworth's", "Maple Grove Farms"],
            features: ["Original | Sugar-Free | Lite"],
          }],
          model: false,
        },
        baking: {
          since: 5,
          price: [3, 40],
          lines: [{
            nouns: ["All-Purpose Flour", "Bread Flour"],
            brands: ["King Arthur", "Bob's Red Mill", "Gold Medal"],
            features: ["Unbleached", "Organic"],
            sizes: ["2 lb", "5 lb", "10 lb"],
          }, {
            nouns: ["Almond Flour"],
            brands: ["Bob's Red Mill", "King Arthur", "Blue Diamond"],
            features: ["Blanched | Natural", "Super-Fine", "Organic"],
            sizes: ["1 lb", "3 lb"],
          }, {
            nouns: ["Vanilla Extract"],
            brands: ["McCormick", "Nielsen-Massey", "Simply Organic"],
            features: ["Pure", "Organic", "Madagascar Bourbon"],
            sizes: ["2 oz", "4 oz", "8 oz"],
          }, {
            nouns: ["Baking Soda"],
            brands: ["Arm & Hammer", "Bob's Red Mill"],
            features: ["Pure", "Non-GMO"],
            sizes: ["1 lb", "4 lb"],
          }, {
            nouns: ["Baking Powder"],
            brands: ["Clabber Girl", "Rumford", "Bob's Red Mill"],
            features: ["Aluminum-Free", "Double-Acting"],
            sizes: ["8 oz", "10 oz"],
          }],
          model: false,
        },
        pasta: {
          nouns: ["Pasta", "Spaghetti"],
          price: [2, 12],
          brands: ["Barilla", "De Cecco", "Rao's", "Banza", "Ronzoni", "Garofalo"],
          features: ["Whole Wheat | Gluten-Free | Chickpea", "Organic", "Bronze-Cut"],
          sizes: ["12 oz", "16 oz"],
        },
        olive_oil: {
          nouns: ["Olive Oil", "Extra Virgin Olive Oil"],
          price: [8, 40],
          brands: ["Bertolli", "California Olive Ranch", "Colavita", "Filippo Berio", "Graza"],
          features: ["Extra Virgin", "Italian | Spanish | Greek", "Organic", "Cold-Pressed"],
          sizes: ["16.9 fl oz", "25.3 fl oz", "1 L"],
        },
        cereal: {
          nouns: ["Cereal", "Granola"],
          price: [3, 15],
          brands: ["Kellogg's", "General Mills", "Post", "Kashi", "Nature's Path", "Quaker", "Bear Naked"],
          features: ["Whole Grain", "Honey | Cinnamon | Chocolate", "Low Sugar", "Organic"],
          sizes: ["12 oz", "18 oz"],
        },
        spices: {
          price: [3, 40],
          lines: [{
            nouns: ["Spice Set"],
            price: [12, 40],
            brands: [
              "McCormick",
              "Simply Organic",
              "Burlap & Barrel",
              "Frontier Co-op",
              "Spicewalla",
              "The Spice Lab",
              "Badia",
            ],
            features: [
              "6-Jar | 12-Jar | 20-Jar | 3-Jar | 10-Jar | 24-Jar",
              "Organic",
              "Gift",
              "Sodium-Free",
              "Non-GMO | Kosher",
              "Essentials | Gourmet",
            ],
          }, {
            nouns: ["Sea Salt"],
            price: [3, 15],
            brands: ["Maldon", "Jacobsen", "Morton", "Redmond", "SaltWorks", "Diamond Crystal"],
            features: [
              "Fine | Coarse | Flaky",
              "Smoked",
              "Mediterranean | Atlantic | Celtic | Pacific",
              "Unrefined",
              "Non-GMO",
            ],
            sizes: ["8.5 oz", "16 oz"],
          }],
        },
      },
    },
    frozen: {
      leaves: {
        frozen_pizza: {
          since: 7,
          nouns: ["Frozen Pizza"],
          price: [4, 12],
          brands: [
            "DiGiorno",
            "Red Baron",
            "Tombstone",
            "Totino's",
            "Home Run Inn",
            "Newman's Own",
            "California Pizza Kitchen",
            "Screamin' Sicilian",
            "Amy's",
            "Freschetta",
            "Caulipower",
            "Jack's",
          ],
          features: [
            "Pepperoni | Four Cheese | Supreme | Margherita | Sausage | Meat Lovers | BBQ Chicken | Veggie",
            "Thin Crust | Rising Crust | Stuffed Crust | Cauliflower Crust | Crispy Crust",
            "Gluten-Free",
            "Family Size",
          ],
          sizes: ["2-Pack"],
        },
      },
    },
  },
  pets: {
    dogs: {
      leaves: {
        dog_bowls: {
          since: 5,
          nouns: ["Dog Bowl", "Slow Feeder Dog Bowl", "Elevated Dog Bowl"],
          price: [8, 60],
          brands: ["Outward Hound", "YETI", "KONG", "Frisco", "Neater Pet"],
          features: ["Stainless Steel | Ceramic", "Non-Slip", "Small | Medium | Large"],
          model: false,
        },
        dog_food: {
          nouns: ["Dog Food", "Dry Dog Food"],
          price: [15, 90],
          brands: [
            "Purina Pro Plan",
            "Blue Buffalo",
            "Hill's Science Diet",
            "Royal Canin",
            "Pedigree",
            "Orijen",
          ],
          features: [
            "Puppy | Adult | Senior",
            "Large Breed | Small Breed",
            "Grain-Free",
            "Chicken & Rice | Salmon | Lamb | Beef",
          ],
          sizes: ["4 lb", "15 lb", "30 lb"],
        },
        dog_beds: {
          nouns: ["Dog Bed"],
          price: [25, 200],
          brands: ["Furhaven", "Big Barker", "PetFusion", "Frisco", "K&H Pet Products"],
          features: ["Small | Medium | Large", "Orthopedic", "Washable", "Calming"],
          lines: [{}, {
            nouns: ["Dog Blanket", "Pet Blanket"],
            price: [12, 45],
            brands: ["Furhaven", "Bedsure", "Frisco"],
            features: ["Small | Medium | Large", "Waterproof", "Fleece | Sherpa"],
          }],
        },
        dog_toys: {
          nouns: ["Dog Toy", "Chew Toy"],
          price: [5, 40],
          brands: ["KONG", "Nylabone", "Benebone", "Outward Hound", "West Paw"],
          features: ["Durable", "Squeaky", "Treat-Dispensing", "Rubber"],
        },
        leashes: {
          price: [10, 60],
          lines: [{
            nouns: ["Dog Leash"],
            brands: ["Ruffwear", "Kurgo", "Frisco", "Mendota", "Max and Neo", "Orvis"],
            features: [
              "4-Foot | 6-Foot | 5-Foot | 8-Foot",
              "Nylon | Leather | Braided | Biothane",
              "Reflective",
              "Padded Handle",
              "Heavy-Duty",
            ],
          }, {
            nouns: ["Retractable Dog Leash"],
            brands: ["Flexi", "TUG", "Frisco", "PetSafe"],
            features: [
              "16-Foot | 26-Foot | 10-Foot",
              "Tape | Cord",
              "Reflective",
              "Tangle-Free",
              "Small | Medium | Large",
            ],
          }, {
            nouns: ["Harness"],
            brands: ["Ruffwear", "Rabbitgoose", "Kurgo", "PetSafe", "Julius-K9", "Chai's Choice", "Puppia"],
            features: [
              "No-Pull",
              "Reflective",
              "Padded",
              "Small | Medium | Large",
              "Breathable Mesh",
              "Step-In",
            ],
          }],
        },
        dog_treats: {
          nouns: ["Dog Treats"],
          price: [5, 30],
          brands: ["Milk-Bone", "Greenies", "Zuke's", "Blue Buffalo", "Pup-Peroni"],
          features: ["Chicken | Peanut Butter | Beef", "Grain-Free", "Dental | Training", "Natural"],
          sizes: ["6 oz", "16 oz", "36 oz"],
        },
      },
    },
    cats: {
      leaves: {
        cat_toys: {
          since: 5,
          nouns: ["Cat Toy", "Cat Wand Toy", "Catnip Toy", "Interactive Cat Toy"],
          price: [4, 35],
          brands: ["Petstages", "Frisco", "KONG", "SmartyKat", "Petlinks"],
          features: ["Feather", "Catnip-Filled", "Ball Track", "3-Pack"],
          model: false,
        },
        cat_food: {
          nouns: ["Cat Food"],
          price: [10, 70],
          brands: [
            "Purina Pro Plan",
            "Fancy Feast",
            "Hill's Science Diet",
            "Royal Canin",
            "Blue Buffalo",
            "Iams",
          ],
          features: [
            "Kitten | Adult | Senior",
            "Indoor",
            "Salmon | Chicken | Tuna",
            "Grain-Free",
          ],
          lines: [
            { nouns: ["Wet Cat Food", "Cat Food"], sizes: ["12 Cans", "24 Cans"] },
            { nouns: ["Dry Cat Food", "Cat Food"], sizes: ["3 lb", "7 lb", "16 lb"] },
          ],
        },
        litter: {
          nouns: ["Cat Litter"],
          price: [10, 40],
          brands: ["Fresh Step", "Tidy Cats", "Dr. Elsey's", "Arm & Hammer", "World's Best", "Okocat"],
          features: ["Clumping", "Unscented | Scented", "Multi-Cat", "Low Dust"],
          sizes: ["14 lb", "20 lb", "40 lb"],
          lines: [{}, {
            nouns: ["Self-Cleaning Litter Box", "Automatic Litter Box"],
            price: [150, 700],
            brands: ["Litter-Robot", "PetSafe", "CATLINK"],
            features: ["App-Controlled", "Multi-Cat"],
            sizes: [],
          }, {
            nouns: ["Litter Box", "Covered Litter Box"],
            price: [15, 60],
            brands: ["Petmate", "IRIS", "Nature's Miracle"],
            features: ["Jumbo", "Low Entry"],
            sizes: [],
          }],
        },
        cat_trees: {
          nouns: ["Cat Tree", "Scratching Post"],
          price: [25, 250],
          brands: ["Frisco", "Go Pet Club", "Armarkat", "Feandrea", "Catit"],
          features: ["Sisal", "Tall", "Modern", "Carpeted"],
        },
      },
    },
    aquarium: {
      leaves: {
        fish_tanks: {
          nouns: ["Aquarium", "Fish Tank"],
          price: [40, 600],
          brands: ["Tetra", "Fluval", "Aqueon", "Marineland"],
          features: ["5-Gallon | 10-Gallon | 20-Gallon | 55-Gallon", "Glass", "LED", "Nano"],
        },
        filters: {
          nouns: ["Aquarium Filter"],
          price: [15, 150],
          brands: ["Fluval", "Tetra", "Aqueon", "Marineland", "AquaClear", "Eheim"],
          features: [
            "Canister | Hang-On-Back | Sponge | Internal",
            "10-Gallon | 30-Gallon | 55-Gallon",
            "Quiet",
          ],
        },
      },
    },
    birds: {
      leaves: {
        bird_cages: {
          since: 7,
          nouns: ["Bird Cage", "Parakeet Cage", "Flight Cage"],
          price: [40, 300],
          brands: ["Prevue", "Yaheetech", "Vision", "MidWest", "Kaytee", "Best Choice Products"],
          features: [
            "Wrought Iron | Stainless Steel",
            "Small | Medium | Large | Extra Large",
            "Rolling",
            "With Perches",
            "Easy-Clean",
          ],
        },
      },
    },
  },
  office: {
    supplies: {
      leaves: {
        markers: {
          since: 5,
          price: [5, 60],
          lines: [{
            nouns: ["Permanent Markers"],
            brands: ["Sharpie", "BIC", "Pilot"],
            features: ["Fine Point | Chisel Tip", "Assorted Colors | Black", "12-Pack | 24-Pack"],
          }, {
            nouns: ["Dry Erase Markers"],
            brands: ["Expo", "Quartet", "BIC"],
            features: ["Fine Point | Chisel Tip", "Low-Odor", "Assorted Colors | Black", "4-Pack | 12-Pack"],
          }, {
            nouns: ["Highlighters"],
            brands: ["Sharpie", "Stabilo", "Pilot", "BIC"],
            features: ["Chisel Tip", "Pastel | Assorted Colors", "6-Pack | 12-Pack"],
          }, {
            nouns: ["Markers", "Washable Markers"],
            brands: ["Crayola", "Faber-Castell"],
            features: ["Broad Line | Fine Line", "12-Pack | 24-Pack | 48-Pack"],
          }, {
            nouns: ["Brush Pens", "Art Markers"],
            brands: ["Tombow", "Copic", "Faber-Castell"],
            features: ["Dual Tip", "12-Pack | 24-Pack | 36-Pack"],
          }],
          model: false,
        },
        calculators: {
          since: 5,
          nouns: ["Calculator", "Scientific Calculator", "Graphing Calculator"],
          price: [8, 160],
          brands: ["Texas Instruments", "Casio", "Sharp", "HP"],
          features: ["Solar", "Color Display", "Large Display"],
          model: true,
        },
        label_makers: {
          since: 5,
          nouns: ["Label Maker"],
          price: [20, 120],
          brands: ["Brother", "DYMO", "Phomemo"],
          features: ["Bluetooth", "Handheld | Desktop", "Rechargeable"],
          model: true,
        },
        notebooks_paper: {
          nouns: ["Spiral Notebook", "Journal", "Paper Notebook"],
          price: [3, 30],
          brands: ["Moleskine", "Leuchtturm1917", "Five Star", "Mead", "Rhodia", "Oxford"],
          features: ["A5 | B5", "Dotted | Lined | Grid | College Ruled", "Hardcover"],
        },
        pens: {
          price: [3, 150],
          lines: [{
            nouns: ["Pens", "Gel Pens"],
            price: [3, 30],
            brands: ["Pilot", "Uni-ball", "Zebra", "Paper Mate", "BIC", "Sharpie"],
            features: [
              "Fine Point | Medium Point",
              "Retractable",
              "Black | Assorted Colors",
              "12-Pack | 24-Pack",
            ],
          }, {
            nouns: ["Fountain Pen"],
            price: [15, 150],
            brands: ["Lamy", "Pilot", "Pelikan", "Parker", "TWSBI", "Kaweco"],
            features: ["Fine Nib | Medium Nib", "Piston-Filling", "Stainless Steel"],
          }],
        },
        planners: {
          nouns: ["Planner", "Calendar"],
          price: [8, 40],
          brands: ["Erin Condren", "Moleskine", "Passion Planner", "Blue Sky", "At-A-Glance"],
          features: ["2026", "Daily | Weekly | Monthly", "Hardcover | Spiral-Bound"],
        },
        staplers: {
          nouns: ["Stapler"],
          price: [6, 40],
          brands: ["Swingline", "Bostitch", "Rapid", "PaperPro"],
          features: ["20-Sheet | 40-Sheet", "Heavy Duty", "Electric", "Jam-Free"],
          lines: [{}, {
            nouns: ["Paper Clips", "Binder Clips"],
            price: [3, 12],
            brands: ["ACCO", "Officemate", "Bostitch"],
            features: ["Jumbo | Standard"],
            sizes: ["100 Count", "200 Count"],
          }],
        },
        scissors: {
          since: 4,
          nouns: ["Scissors"],
          price: [5, 30],
          brands: ["Fiskars", "Westcott", "Scotch"],
          features: ["Titanium-Coated | Stainless Steel", "Soft-Grip", "Left-Handed"],
          model: false,
        },
        sticky_notes: {
          since: 4,
          nouns: ["Sticky Notes"],
          price: [5, 25],
          brands: ["Post-it", "Amazon Basics", "Hemmay"],
          features: ["Neon | Pastel | Yellow", "Super Sticky", "Lined"],
          sizes: ["12-Pack", "24-Pack"],
          model: false,
        },
        pencils: {
          since: 4,
          price: [4, 25],
          lines: [
            {
              nouns: ["Pencils", "Wooden Pencils"],
              brands: ["Ticonderoga", "Paper Mate"],
              features: ["Pre-Sharpened", "Eraser-Tipped", "#2 HB"],
            },
            {
              nouns: ["Mechanical Pencils"],
              brands: ["Pentel", "Pilot", "Paper Mate"],
              features: ["0.5mm | 0.7mm", "Refillable"],
            },
            {
              nouns: ["Pencil Case", "Pencil Pouch"],
              price: [5, 20],
              brands: ["Five Star", "JanSport", "Yoobi"],
              features: ["Zippered", "Large Capacity"],
              sizes: [],
            },
          ],
          sizes: ["12-Pack", "24-Pack"],
          model: false,
        },
        whiteboards: {
          nouns: ["Whiteboard"],
          price: [20, 250],
          brands: ["Quartet", "U Brands", "VIZ-PRO", "Amazon Basics"],
          features: ["24 x 36 Inch | 36 x 48 Inch", "Magnetic", "Dry-Erase", "Mobile | Glass"],
        },
        desk_organizers: {
          since: 6,
          nouns: ["Desk Organizer", "Desktop Organizer", "File Organizer"],
          price: [12, 45],
          brands: ["Rolodex", "Safco", "SimpleHouseware", "Marbrasse"],
          features: ["Mesh", "Black | White", "Stackable"],
        },
        binders: {
          since: 6,
          price: [3, 40],
          lines: [{
            nouns: ["Binder", "3-Ring Binder"],
            brands: ["Avery", "Five Star", "Cardinal", "Wilson Jones"],
            features: ["1-Inch | 2-Inch | 3-Inch", "View", "Black | Blue | White"],
          }, {
            nouns: ["File Folders", "Hanging File Folders"],
            brands: ["Smead", "Pendaflex", "Amazon Basics"],
            features: ["Letter Size | Legal Size", "Assorted Colors | Manila"],
            sizes: ["25-Pack", "100-Pack"],
          }],
        },
        tape: {
          since: 6,
          price: [3, 30],
          lines: [{
            nouns: ["Duct Tape"],
            brands: ["Duck", "Gorilla", "Scotch"],
            features: ["1.88-Inch", "Waterproof", "Black | Gray"],
          }, {
            nouns: ["Packing Tape", "Shipping Tape"],
            brands: ["Scotch", "Duck", "Amazon Basics"],
            features: ["Clear", "With Dispenser"],
            sizes: ["2 Rolls", "6 Rolls"],
          }, {
            nouns: ["Clear Tape", "Transparent Tape"],
            brands: ["Scotch"],
            features: ["Magic", "Refill Rolls"],
            sizes: ["3 Rolls", "6 Rolls"],
          }, {
            nouns: ["Painter's Tape", "Masking Tape"],
            brands: ["ScotchBlue", "FrogTape", "Duck"],
            features: ["0.94-Inch | 1.88-Inch", "Multi-Surface"],
          }],
        },
        envelopes: {
          since: 6,
          nouns: ["Envelopes", "Security Envelopes", "Mailing Envelopes"],
          price: [5, 30],
          brands: ["Mead", "Quality Park", "Amazon Basics"],
          features: ["#10 | 6 x 9 Inch", "Self-Seal", "White | Kraft"],
          sizes: ["50 Count", "100 Count", "500 Count"],
        },
        laminators: {
          since: 6,
          price: [15, 150],
          lines: [{
            nouns: ["Laminator", "Thermal Laminator", "Laminating Machine"],
            price: [25, 150],
            brands: ["Scotch", "Fellowes", "Swingline", "Amazon Basics"],
            features: ["9-Inch | 12-Inch", "Quick Warm-Up", "Auto Shut-Off"],
          }, {
            nouns: ["Laminating Pouches", "Laminating Sheets"],
            price: [10, 40],
            brands: ["Scotch", "Fellowes", "Amazon Basics", "Swingline"],
            features: ["3 Mil | 5 Mil", "Letter Size"],
            sizes: ["100-Pack", "200-Pack"],
          }],
        },
      },
    },
    printers: {
      brands: ["HP", "Canon", "Epson", "Brother"],
      leaves: {
        shredders: {
          since: 5,
          nouns: ["Paper Shredder", "Cross-Cut Shredder", "Micro-Cut Shredder"],
          price: [40, 400],
          brands: ["Fellowes", "Bonsaii", "Aurora", "Swingline"],
          features: ["8-Sheet | 12-Sheet | 16-Sheet", "Shreds Credit Cards", "Auto Feed"],
          model: true,
        },
        printers: {
          nouns: ["Printer", "Laser Printer", "Inkjet Printer"],
          price: [70, 800],
          features: ["Color | Monochrome", "Wireless", "All-in-One", "Duplex"],
          model: true,
        },
        ink: {
          nouns: ["Ink Cartridge", "Toner"],
          price: [15, 150],
          features: ["Black | Tri-Color", "Genuine", "High-Yield", "2-Pack"],
          model: true,
        },
        scanners: {
          nouns: ["Scanner", "Document Scanner"],
          price: [80, 500],
          brands: ["Epson", "Brother", "Canon", "Ricoh", "Plustek"],
          features: ["Wireless", "Duplex", "Portable"],
          model: true,
        },
        printer_paper: {
          since: 6,
          nouns: ["Printer Paper", "Copy Paper"],
          price: [8, 60],
          brands: ["HP", "Hammermill", "Amazon Basics", "Navigator"],
          features: ["8.5 x 11", "20 lb | 24 lb", "Bright White"],
          sizes: ["500 Sheets", "5 Reams", "10 Reams"],
          model: false,
        },
      },
    },
    furniture: {
      leaves: {
        filing_cabinets: {
          nouns: ["Filing Cabinet"],
          price: [60, 400],
          brands: ["HON", "Lorell", "Bush Business Furniture", "Sauder", "Steelcase"],
          features: ["2-Drawer | 3-Drawer | 4-Drawer", "Vertical | Lateral", "Locking", "Mobile"],
        },
        desk_lamps: {
          nouns: ["Desk Lamp", "LED Desk Lamp"],
          price: [15, 150],
          brands: ["BenQ", "TaoTronics", "IKEA", "Globe", "OttLite"],
          features: ["LED", "Dimmable", "Clamp | Architect", "USB Charging"],
        },
      },
    },
    crafts: {
      leaves: {
        sewing_machines: {
          since: 6,
          nouns: ["Sewing Machine", "Computerized Sewing Machine", "Sewing and Quilting Machine"],
          price: [100, 900],
          brands: ["Brother", "Singer", "Janome", "Juki"],
          features: ["Computerized", "Automatic Needle Threader", "60 Stitches | 100 Stitches"],
          model: true,
        },
        glue: {
          since: 6,
          price: [3, 40],
          lines: [{
            nouns: ["Super Glue", "Glue"],
            brands: ["Gorilla", "Loctite", "Krazy Glue"],
            features: ["Gel | Liquid", "Precision Tip", "Waterproof"],
            sizes: ["2-Pack", "4-Pack"],
          }, {
            nouns: ["Glue Sticks", "School Glue", "Glue"],
            brands: ["Elmer's", "UHU", "Scotch"],
            features: ["Washable", "Clear | Purple"],
            sizes: ["12-Pack", "30-Pack"],
          }, {
            nouns: ["Hot Glue Gun", "Glue Gun"],
            price: [10, 40],
            brands: ["Gorilla", "Surebonder", "Ryobi", "Black+Decker"],
            features: ["Full Size | Mini", "Cordless"],
          }],
        },
        art_paint: {
          since: 6,
          price: [8, 80],
          lines: [{
            nouns: ["Acrylic Paint Set", "Acrylic Paint"],
            brands: ["Arteza", "Liquitex", "DecoArt", "Winsor & Newton"],
            features: ["12 Colors | 24 Colors | 48 Colors", "Non-Toxic"],
          }, {
            nouns: ["Watercolor Paint Set", "Watercolor Paint"],
            brands: ["Winsor & Newton", "Arteza", "Sakura"],
            features: ["12 Colors | 24 Colors | 48 Colors", "Travel"],
          }],
        },
        art_paper: {
          since: 7,
          price: [3, 30],
          lines: [{
            nouns: ["Sketchbook", "Sketch Pad", "Drawing Pad"],
            price: [6, 30],
            brands: ["Canson", "Strathmore", "Bee Paper"],
            features: ["9x12 | 11x14", "Spiral-Bound", "Acid-Free"],
          }, {
            nouns: ["Construction Paper"],
            price: [3, 25],
            brands: ["Crayola", "Pacon", "Sunworks"],
            features: ["Assorted Colors", "9x12 | 12x18"],
            sizes: ["50 Count", "500 Count"],
          }],
        },
      },
    },
  },
  baby: {
    gear: {
      leaves: {
        diaper_bags: {
          since: 5,
          nouns: ["Diaper Bag", "Diaper Tote"],
          price: [30, 200],
          brands: [
            "Skip Hop",
            "JJ Cole",
            "Itzy Ritzy",
            "Petunia Pickle Bottom",
            "Dagne Dover",
            "Ju-Ju-Be",
            "Freshly Picked",
          ],
          features: [
            "With Changing Pad",
            "Insulated Pockets",
            "Black | Heather Gray",
            "Vegan Leather | Nylon | Canvas",
            "Large Capacity",
            "Convertible",
          ],
          model: false,
        },
        baby_swings: {
          since: 5,
          nouns: ["Baby Swing", "Baby Bouncer", "Baby Rocker"],
          price: [50, 350],
          brands: ["Graco", "Fisher-Price", "4moms", "BabyBjörn"],
          features: ["6-Speed", "Music and Sounds", "Portable"],
          model: false,
        },
        play_mats: {
          since: 5,
          nouns: ["Play Mat", "Play Gym", "Activity Gym"],
          price: [30, 180],
          brands: ["Skip Hop", "Fisher-Price", "Lovevery", "Tiny Love"],
          features: ["Foam", "Washable", "Tummy Time"],
          model: false,
        },
        strollers: {
          since: 2,
          nouns: ["Stroller", "Jogging Stroller", "Travel Stroller"],
          price: [100, 1200],
          brands: ["UPPAbaby", "Graco", "Chicco", "Baby Jogger", "Bugaboo", "Evenflo"],
          features: ["Lightweight", "Foldable", "All-Terrain", "Reversible Seat"],
          lines: [{}, {
            nouns: ["Travel System", "Stroller Travel System"],
            price: [200, 1200],
            brands: ["Graco", "Chicco", "Evenflo", "Baby Trend", "UPPAbaby"],
            features: ["Lightweight", "One-Hand Fold"],
          }],
        },
        car_seats: {
          since: 2,
          nouns: ["Car Seat", "Infant Car Seat", "Convertible Car Seat"],
          price: [80, 500],
          brands: ["Graco", "Chicco", "Britax", "Nuna", "Maxi-Cosi", "Evenflo"],
          features: ["Rear-Facing", "Lightweight", "Machine-Washable"],
          lines: [{}, {
            nouns: ["Booster Seat", "High Back Booster Seat", "Booster Car Seat"],
            price: [30, 300],
            brands: ["Graco", "Chicco", "Britax", "Evenflo"],
            features: ["Lightweight", "Machine-Washable", "Latch Connectors"],
          }],
        },
        high_chairs: {
          since: 2,
          nouns: ["High Chair"],
          price: [40, 400],
          brands: [
            "Stokke",
            "Graco",
            "Chicco",
            "4moms",
            "Ingenuity",
            "Evenflo",
            "Summer",
            "Joovy",
            "Peg Perego",
            "Nuna",
            "Abiie",
          ],
          features: [
            "Convertible",
            "Foldable",
            "Adjustable",
            "3-in-1 | 4-in-1 | 6-in-1",
            "Reclining",
            "Compact | Space-Saving",
          ],
        },
        baby_carriers: {
          since: 4,
          nouns: ["Baby Carrier"],
          price: [30, 220],
          brands: ["Ergobaby", "BabyBjorn", "Infantino", "Boba", "LILLEbaby", "Tula", "Moby", "Beco"],
          features: [
            "Ergonomic",
            "Breathable Mesh",
            "Adjustable",
            "3-Position | 4-Position | 6-Position",
            "Organic Cotton | Linen Blend",
            "Lumbar Support",
          ],
        },
        cribs: {
          since: 2,
          price: [60, 800],
          lines: [{
            nouns: ["Crib", "Convertible Crib"],
            price: [150, 800],
            brands: ["Babyletto", "DaVinci", "Graco", "Delta Children", "Storkcraft"],
            features: ["3-in-1 | 4-in-1", "White | Natural | Grey"],
          }, {
            nouns: ["Crib Mattress"],
            price: [60, 300],
            brands: ["Newton", "Sealy", "Graco", "Naturepedic", "Moonlight Slumber"],
            features: ["Dual-Sided", "Waterproof", "Organic", "Breathable"],
          }, {
            nouns: ["Bassinet", "Bedside Bassinet"],
            price: [60, 300],
            brands: ["Halo", "Chicco", "Graco", "Dream On Me"],
            features: ["Portable", "Breathable Mesh", "Storage Basket"],
          }, {
            nouns: ["Playpen", "Playard", "Baby Playpen"],
            price: [50, 250],
            brands: ["Graco", "Chicco", "Baby Trend", "Regalo"],
            features: ["Portable", "Foldable"],
          }],
        },
        baby_gates: {
          since: 6,
          nouns: ["Baby Gate", "Safety Gate"],
          price: [25, 150],
          brands: ["Regalo", "Summer", "Evenflo", "Munchkin", "Cumbor"],
          features: ["Walk-Through", "Pressure-Mounted | Hardware-Mounted", "Extra Tall | Extra Wide"],
        },
        baby_bedding: {
          since: 7,
          price: [12, 50],
          brands: ["Burt's Bees Baby", "Copper Pearl", "aden + anais", "Carter's"],
          lines: [{
            nouns: ["Crib Sheet", "Fitted Crib Sheet", "Crib Sheets"],
            price: [15, 45],
            features: ["Organic Cotton", "2-Pack"],
          }, {
            nouns: ["Baby Blanket", "Swaddle Blanket", "Receiving Blanket"],
            price: [12, 50],
            features: ["Muslin", "Organic Cotton"],
          }],
        },
      },
    },
    feeding: {
      leaves: {
        bottle_warmers: {
          since: 5,
          nouns: ["Bottle Warmer", "Bottle Sterilizer"],
          price: [25, 200],
          brands: ["Philips Avent", "Dr. Brown's", "Baby Brezza", "Tommee Tippee"],
          features: ["Fast", "Auto Shut-Off", "Steam"],
          model: false,
        },
        baby_bottles: {
          since: 2,
          nouns: ["Baby Bottle", "Baby Bottle Set"],
          price: [8, 50],
          brands: ["Dr. Brown's", "Philips Avent", "Comotomo", "Tommee Tippee", "MAM"],
          features: ["Anti-Colic", "Glass | Silicone", "Slow-Flow"],
          sizes: ["4 oz", "8 oz"],
          lines: [{}, {
            nouns: ["Sippy Cup", "Straw Cup"],
            price: [6, 20],
            brands: ["Munchkin", "NUK", "Tommee Tippee", "Philips Avent"],
            features: ["Spill-Proof", "BPA-Free"],
            sizes: ["2-Pack"],
          }],
        },
        breast_pumps: {
          since: 4,
          nouns: ["Breast Pump", "Wearable Breast Pump"],
          price: [50, 500],
          brands: [
            "Medela",
            "Spectra",
            "Elvie",
            "Willow",
            "Momcozy",
            "Lansinoh",
            "Philips Avent",
            "Evenflo",
            "Motif Medical",
          ],
          features: [
            "Hands-Free",
            "Rechargeable",
            "Hospital-Grade",
            "Double Electric | Single Electric",
            "Quiet",
            "Portable",
          ],
        },
        pacifiers: {
          since: 2,
          nouns: ["Pacifier"],
          price: [5, 20],
          brands: ["Philips Avent", "MAM", "Dr. Brown's", "Nanobebe", "Ryan & Rose"],
          features: ["Newborn | 6-18 Months", "Orthodontic", "Glow-in-the-Dark"],
          sizes: ["2-Pack", "4-Pack"],
        },
        baby_food: {
          since: 7,
          price: [5, 60],
          lines: [{
            nouns: ["Baby Food", "Baby Food Pouches"],
            price: [5, 30],
            brands: ["Gerber", "Happy Baby", "Earth's Best", "Plum Organics", "Sprout"],
            features: ["Organic", "Stage 1 | Stage 2 | Stage 3", "Veggie | Fruit"],
            sizes: ["6-Pack", "12-Pack"],
          }, {
            nouns: ["Baby Formula", "Infant Formula"],
            price: [20, 60],
            brands: ["Similac", "Enfamil", "Gerber"],
            features: ["Powder | Ready-to-Feed", "Non-GMO"],
          }],
        },
      },
    },
    care: {
      leaves: {
        diapers: {
          since: 2,
          nouns: ["Diapers"],
          price: [15, 60],
          brands: ["Pampers", "Huggies", "Luvs", "Honest", "Hello Bello"],
          features: ["Newborn | Size 1 | Size 2 | Size 3 | Size 4", "Overnight", "Sensitive"],
          sizes: ["84 Count", "120 Count", "168 Count"],
        },
        baby_wipes: {
          since: 2,
          nouns: ["Baby Wipes"],
          price: [8, 30],
          brands: ["Pampers", "Huggies", "WaterWipes", "Honest"],
          features: ["Unscented | Sensitive", "Hypoallergenic"],
          sizes: ["3-Pack", "6-Pack"],
        },
        baby_monitors: {
          since: 2,
          nouns: ["Baby Monitor", "Video Baby Monitor"],
          price: [40, 400],
          brands: ["Nanit", "Owlet", "Infant Optics", "Motorola", "VTech"],
          features: ["Wi-Fi", "Night Vision", "Split-Screen", "Two-Way Audio"],
          model: true,
        },
      },
    },
  },
  music: {
    instruments: {
      leaves: {
        guitars: {
          since: 2,
          price: [150, 3000],
          lines: [{
            nouns: ["Acoustic Guitar"],
            brands: ["Yamaha", "Taylor", "Martin", "Fender", "Epiphone"],
            features: ["Dreadnought | Concert", "Solid Top", "Natural | Sunburst | Black"],
          }, {
            nouns: ["Electric Guitar"],
            brands: ["Fender", "Gibson", "Epiphone", "PRS", "Ibanez", "Squier"],
            features: ["Solid-Body | Semi-Hollow", "Humbucker", "Sunburst | Black | White"],
          }],
        },
        digital_pianos: {
          since: 2,
          nouns: ["Digital Piano", "Stage Piano"],
          price: [300, 2500],
          brands: ["Yamaha", "Roland", "Casio", "Korg", "Kawai"],
          features: ["88-Key | 61-Key", "Weighted Keys", "Bluetooth"],
          model: true,
        },
        drums: {
          since: 2,
          price: [300, 2500],
          lines: [
            {
              nouns: ["Drum Set"],
              brands: ["Pearl", "Ludwig", "Yamaha", "Tama", "Gretsch", "Mapex", "Sonor"],
              features: [
                "5-Piece | 7-Piece | 4-Piece | 6-Piece",
                "Compact",
                "Birch | Maple | Mahogany | Poplar",
                "Fusion | Jazz",
                "With Cymbals",
              ],
            },
            {
              nouns: ["Electronic Drum Set"],
              brands: ["Roland", "Alesis", "Yamaha", "Donner", "Behringer"],
              features: ["Mesh Heads", "Compact", "5-Piece | 8-Piece", "USB MIDI | Bluetooth"],
            },
          ],
        },
        ukuleles: {
          since: 2,
          nouns: ["Ukulele"],
          price: [40, 400],
          brands: ["Kala", "Fender", "Cordoba", "Lanikai"],
          features: ["Soprano | Concert | Tenor", "Mahogany | Koa | Spruce"],
        },
        violins: {
          since: 6,
          nouns: ["Violin", "Violin Outfit"],
          price: [80, 900],
          brands: ["Yamaha", "Stentor", "Cecilio", "Mendini", "Eastman"],
          features: ["4/4 | 3/4 | 1/2", "Solid Wood", "Beginner"],
        },
      },
    },
    recording: {
      model: true,
      leaves: {
        microphones: {
          since: 2,
          nouns: ["Microphone", "USB Microphone", "Condenser Microphone"],
          price: [50, 500],
          brands: ["Shure", "Rode", "Audio-Technica", "Elgato", "Sennheiser", "HyperX"],
          features: ["USB | XLR", "Cardioid", "Podcast | Studio"],
        },
        audio_interfaces: {
          since: 2,
          nouns: ["Audio Interface"],
          price: [100, 900],
          brands: ["Focusrite", "PreSonus", "Universal Audio", "MOTU", "Steinberg"],
          features: ["2-In | 4-In | 8-In", "USB-C", "Low-Latency"],
        },
        guitar_amps: {
          since: 2,
          nouns: ["Guitar Amp", "Amplifier"],
          price: [80, 1500],
          brands: ["Fender", "Marshall", "Boss", "Orange", "Blackstar"],
          features: ["15W | 40W | 100W", "Tube | Solid-State", "Bluetooth"],
        },
      },
    },
  },
  tools: {
    power_tools: {
      model: true,
      leaves: {
        drills: {
          since: 2,
          nouns: ["Cordless Drill", "Drill Driver", "Hammer Drill"],
          price: [50, 350],
          // Each maker's battery platform: 18V, or "20V MAX" for the same cells.
          lines: [
            {
              brands: ["Milwaukee", "Makita", "Ryobi", "Bosch"],
              features: ["12V | 18V", "Brushless", "Compact"],
            },
            {
              brands: ["DEWALT", "Black+Decker", "Craftsman"],
              features: ["12V | 20V", "Brushless", "Compact"],
            },
          ],
        },
        saws: {
          since: 2,
          nouns: ["Circular Saw", "Miter Saw", "Reciprocating Saw"],
          price: [60, 600],
          brands: ["DEWALT", "Milwaukee", "Makita", "Ryobi", "Bosch", "Skil"],
          features: ["Cordless | Corded", "Brushless", "Laser Guide"],
        },
        tool_sets: {
          since: 2,
          nouns: ["Tool Set", "Mechanics Tool Set", "Home Tool Kit", "Socket Set", "Drill Bit Set"],
          price: [30, 400],
          brands: ["Craftsman", "DEWALT", "Stanley", "Crescent", "Husky"],
          features: ["65-Piece | 145-Piece | 230-Piece", "SAE | Metric"],
          model: false,
        },
        nail_guns: {
          since: 6,
          price: [80, 600],
          lines: [{
            nouns: ["Nail Gun", "Brad Nailer"],
            price: [120, 350],
            brands: ["DEWALT", "Milwaukee", "Ryobi", "Metabo HPT"],
            features: ["Cordless", "18-Gauge", "Brushless"],
          }, {
            nouns: ["Nail Gun", "Brad Nailer", "Finish Nailer"],
            price: [80, 250],
            brands: ["Bostitch", "Porter-Cable", "Metabo HPT", "DEWALT"],
            features: ["Pneumatic", "Oil-Free"],
          }, {
            nouns: ["Framing Nailer", "Framing Nail Gun"],
            price: [150, 600],
            brands: ["DEWALT", "Metabo HPT", "Bostitch", "Paslode"],
            features: ["Cordless | Pneumatic", "21-Degree | 30-Degree"],
          }],
        },
        angle_grinders: {
          since: 6,
          nouns: ["Angle Grinder"],
          price: [50, 300],
          brands: ["DEWALT", "Milwaukee", "Makita", "Bosch", "Metabo"],
          features: ["Cordless | Corded", "4.5-Inch | 5-Inch", "Brushless", "Paddle Switch"],
        },
        sanders: {
          since: 7,
          price: [6, 200],
          lines: [{
            nouns: ["Orbital Sander", "Random Orbit Sander", "Detail Sander"],
            price: [40, 200],
            brands: ["DEWALT", "Makita", "Bosch", "Ryobi", "Black+Decker"],
            features: ["Cordless | Corded", "Variable Speed", "Dust Collection"],
          }, {
            nouns: ["Sandpaper", "Sanding Discs", "Sanding Sheets"],
            price: [6, 30],
            brands: ["3M", "Diablo", "Gator", "Norton"],
            features: ["80 Grit | 120 Grit | 220 Grit"],
            sizes: ["10-Pack", "25-Pack"],
            model: false,
          }],
        },
      },
    },
    hand_tools: {
      leaves: {
        screwdrivers: {
          since: 2,
          nouns: ["Screwdriver Set", "Screwdriver"],
          price: [10, 90],
          brands: ["Wera", "Klein Tools", "Craftsman", "Stanley", "Wiha"],
          features: ["Magnetic", "Precision", "Ratcheting"],
        },
        hammers: {
          since: 2,
          nouns: ["Hammer", "Claw Hammer"],
          price: [12, 80],
          brands: ["Estwing", "Stanley", "Vaughan", "Craftsman"],
          features: ["Fiberglass | Steel", "Anti-Vibration"],
          sizes: ["16 oz", "20 oz"],
        },
        tape_measures: {
          since: 2,
          nouns: ["Tape Measure"],
          price: [8, 40],
          brands: ["Stanley", "Milwaukee", "DEWALT", "Komelon"],
          features: ["16-Foot | 25-Foot | 35-Foot", "Magnetic", "Auto-Lock"],
        },
        ladders: {
          since: 2,
          nouns: ["Step Ladder", "Ladder", "Extension Ladder"],
          price: [40, 400],
          brands: ["Little Giant", "Werner", "Gorilla Ladders", "Louisville"],
          features: ["Aluminum | Fiberglass", "Folding", "Multi-Position"],
        },
        tool_boxes: {
          since: 2,
          nouns: ["Tool Box", "Tool Chest"],
          price: [20, 400],
          brands: ["Craftsman", "DEWALT", "Milwaukee", "Stanley", "Husky"],
          features: ["Rolling", "Stackable", "Steel | Plastic"],
        },
        wrenches: {
          since: 6,
          price: [8, 200],
          lines: [{
            nouns: ["Wrench Set", "Combination Wrench Set", "Ratcheting Wrench Set"],
            price: [25, 200],
            brands: ["GearWrench", "Tekton", "Craftsman", "Crescent", "DEWALT", "Husky"],
            features: ["SAE | Metric", "12-Piece | 20-Piece | 32-Piece"],
          }, {
            nouns: ["Adjustable Wrench"],
            price: [10, 45],
            brands: ["Crescent", "Channellock", "Craftsman", "Husky", "Bahco"],
            features: ["6-Inch | 8-Inch | 10-Inch | 12-Inch", "Wide Jaw"],
          }, {
            nouns: ["Torque Wrench"],
            price: [30, 200],
            brands: ["Tekton", "GearWrench", "Craftsman", "Husky"],
            features: ["1/2-Inch Drive | 3/8-Inch Drive", "Click-Type"],
          }, {
            nouns: ["Hex Key Set", "Allen Wrench Set"],
            price: [8, 50],
            brands: ["Bondhus", "Eklind", "Tekton", "Wera"],
            features: ["SAE | Metric", "Ball End", "L-Shaped | T-Handle"],
          }],
        },
        pliers: {
          since: 6,
          nouns: ["Pliers", "Pliers Set", "Needle-Nose Pliers", "Locking Pliers", "Tongue and Groove Pliers"],
          price: [10, 120],
          brands: ["Channellock", "Knipex", "Klein Tools", "Irwin", "Craftsman"],
          features: ["6-Inch | 8-Inch | 10-Inch", "Comfort Grip"],
        },
        levels: {
          since: 6,
          price: [8, 400],
          lines: [{
            nouns: ["Level", "Box Level"],
            price: [15, 120],
            brands: ["Stabila", "Empire", "Johnson", "Stanley"],
            features: ["24-Inch | 48-Inch", "Magnetic", "Aluminum"],
          }, {
            nouns: ["Torpedo Level"],
            price: [8, 40],
            brands: ["Empire", "Johnson", "Stanley", "Klein Tools", "Milwaukee"],
            features: ["9-Inch", "Magnetic"],
          }, {
            nouns: ["Laser Level"],
            price: [40, 400],
            brands: ["Bosch", "DEWALT", "Huepar", "Johnson"],
            features: ["Self-Leveling", "Green Beam | Red Beam", "Cross-Line | 360-Degree"],
          }],
        },
        stud_finders: {
          since: 6,
          nouns: ["Stud Finder", "Wall Scanner"],
          price: [15, 80],
          brands: ["Franklin Sensors", "Zircon", "Craftsman", "Stanley"],
          features: ["Multi-Sensor", "Center-Finding", "AC Detection"],
        },
      },
    },
    electrical: {
      leaves: {
        multimeters: {
          since: 6,
          price: [20, 450],
          lines: [{
            nouns: ["Multimeter", "Digital Multimeter", "Clamp Meter"],
            price: [20, 150],
            brands: ["Klein Tools", "AstroAI", "Etekcity", "Southwire"],
            features: ["Auto-Ranging", "True RMS", "Non-Contact Voltage"],
          }, {
            nouns: ["Multimeter", "Digital Multimeter", "Clamp Meter"],
            price: [100, 450],
            brands: ["Fluke"],
            features: ["Auto-Ranging", "True RMS", "Non-Contact Voltage"],
          }],
        },
        soldering_irons: {
          since: 6,
          nouns: ["Soldering Iron", "Soldering Station", "Soldering Iron Kit"],
          price: [20, 300],
          brands: ["Weller", "Hakko", "X-Tronic", "YIHUA", "Ersa", "JBC", "Pine64", "Milwaukee"],
          features: [
            "Temperature-Controlled",
            "Digital",
            "ESD-Safe",
            "60W | 80W | 100W",
            "Cordless | USB-C",
            "Fast-Heating",
          ],
        },
      },
    },
    workshop: {
      leaves: {
        workbenches: {
          since: 6,
          price: [40, 600],
          lines: [{
            nouns: ["Workbench", "Work Bench", "Garage Workbench"],
            price: [100, 600],
            brands: ["Husky", "Craftsman", "Seville Classics", "Gladiator"],
            features: ["4-Foot | 6-Foot", "Hardwood Top | Steel Top", "With Drawers", "Adjustable Height"],
          }, {
            nouns: ["Folding Workbench", "Portable Workbench"],
            price: [40, 200],
            brands: ["Keter", "Worx", "Black+Decker"],
            features: ["Clamping", "Lightweight"],
          }],
        },
        shop_vacs: {
          since: 6,
          price: [50, 350],
          lines: [{
            nouns: ["Shop Vac", "Wet/Dry Vac"],
            brands: ["Shop-Vac", "Craftsman", "Ridgid", "Vacmaster", "DEWALT", "Stanley", "Armor All"],
            features: [
              "2.5-Gallon | 5-Gallon | 12-Gallon | 16-Gallon",
              "Stainless Steel | Poly",
              "4 HP | 5 HP | 6 HP",
              "Portable",
              "Quiet",
            ],
          }, {
            nouns: ["Cordless Shop Vac", "Cordless Wet/Dry Vac"],
            brands: ["DEWALT", "Milwaukee", "Ryobi", "Makita", "Ridgid", "Craftsman"],
            features: ["2-Gallon | 6-Gallon | 3-Gallon | 4-Gallon", "Brushless", "12V | 18V | 20V", "HEPA"],
          }],
        },
      },
    },
    paint: {
      leaves: {
        paint: {
          since: 6,
          price: [5, 80],
          lines: [{
            nouns: ["Interior Paint", "Paint and Primer", "Wall Paint"],
            price: [25, 80],
            brands: ["Behr", "Valspar", "Glidden", "HGTV Home"],
            features: ["Eggshell | Satin | Semi-Gloss | Flat", "White | Gray | Beige", "Low-VOC"],
            sizes: ["1 Gallon", "1 Quart"],
          }, {
            nouns: ["Spray Paint"],
            price: [5, 15],
            brands: ["Rust-Oleum", "Krylon"],
            features: ["Gloss | Matte | Satin", "Black | White | Gold", "Rust Protection"],
            sizes: ["12 oz", "6-Pack"],
          }],
        },
        paint_brushes: {
          since: 6,
          nouns: ["Paint Brush", "Paint Brush Set", "Paint Roller", "Paint Roller Kit"],
          price: [6, 40],
          brands: ["Purdy", "Wooster", "Shur-Line", "Linzer"],
          features: ["Angled | Flat", "2-Inch | 3-Inch", "Nylon"],
        },
        caulk: {
          since: 7,
          nouns: ["Caulk", "Silicone Caulk"],
          price: [4, 15],
          brands: ["DAP", "GE", "Red Devil", "Gorilla", "Sashco", "Loctite", "3M"],
          features: [
            "Clear | White",
            "Waterproof",
            "Mold-Resistant",
            "Paintable",
            "Siliconized Acrylic | 100% Silicone | Latex",
            "Flexible",
            "Low-Odor",
          ],
          sizes: ["10.1 oz", "2.8 oz", "5.5 oz", "2-Pack"],
        },
      },
    },
    hardware: {
      leaves: {
        padlocks: {
          since: 6,
          nouns: ["Padlock", "Combination Lock", "Keyed Padlock"],
          price: [8, 60],
          brands: ["Master Lock", "Abus", "Brinks"],
          features: ["Weatherproof", "Laminated Steel | Brass", "Long Shackle"],
          sizes: ["2-Pack", "4-Pack"],
        },
        cargo_straps: {
          since: 6,
          nouns: ["Ratchet Straps", "Bungee Cords", "Cargo Straps"],
          price: [10, 50],
          brands: ["Keeper", "Rhino USA", "Erickson", "Stanley"],
          features: ["1-Inch | 2-Inch", "15-Foot | 27-Foot"],
          sizes: ["4-Pack", "10-Pack"],
        },
        zip_ties: {
          since: 6,
          nouns: ["Zip Ties"],
          price: [5, 25],
          brands: ["Gardner Bender", "Thomas & Betts", "Amazon Basics"],
          features: ["8-Inch | 12-Inch", "UV-Resistant", "Black | White"],
          sizes: ["100-Pack", "500-Pack"],
        },
        tarps: {
          since: 7,
          nouns: ["Tarp", "Poly Tarp", "Canvas Tarp"],
          price: [10, 80],
          brands: ["Kotap", "Xpose Safety", "Tarps Now"],
          features: ["Waterproof", "Reinforced Grommets", "10x12 | 12x16 | 20x20"],
        },
        lubricants: {
          since: 7,
          nouns: ["Lubricant Spray", "Multi-Use Lubricant", "Silicone Spray"],
          price: [5, 20],
          brands: ["WD-40", "Liquid Wrench", "CRC", "Blaster", "3-IN-ONE", "Tri-Flow", "Permatex"],
          features: [
            "Rust Protection",
            "Dry Film | PTFE | Lithium | Penetrating",
            "Long-Lasting",
            "Non-Staining | Odorless",
            "Precision Straw",
          ],
          sizes: ["8 oz", "11 oz", "2-Pack", "3 oz", "12 oz", "6-Pack"],
        },
        picture_hangers: {
          since: 7,
          price: [4, 20],
          lines: [{
            nouns: ["Picture Hooks", "Picture Hanging Kit"],
            brands: ["OOK", "Hillman", "Monkey Hook"],
            features: ["Nail-In", "Assorted Sizes"],
          }, {
            nouns: ["Picture Hanging Strips", "Adhesive Picture Hangers"],
            brands: ["Command", "Scotch"],
            features: ["Damage-Free", "Removable"],
          }],
        },
      },
    },
  },
  health: {
    personal_care: {
      model: true,
      leaves: {
        heating_pads: {
          since: 5,
          nouns: ["Heating Pad", "Electric Heating Pad", "Heated Neck Wrap"],
          price: [20, 80],
          brands: ["Sunbeam", "Pure Enrichment", "Beurer", "Homedics"],
          features: ["Moist Heat", "Auto Shut-Off", "XL"],
          model: false,
        },
        reading_glasses: {
          since: 5,
          nouns: ["Reading Glasses", "Blue Light Glasses"],
          price: [10, 90],
          brands: ["Foster Grant", "Peepers", "Gamma Ray", "Readerest"],
          features: ["+1.5 | +2.0 | +2.5", "3-Pack", "Tortoise | Black"],
          model: false,
        },
        electric_toothbrushes: {
          nouns: ["Electric Toothbrush"],
          price: [20, 250],
          brands: ["Oral-B", "Philips Sonicare", "Waterpik", "Quip"],
          features: ["Rechargeable", "Sonic", "Pressure Sensor", "Travel"],
        },
        toothpaste: {
          since: 2,
          price: [3, 15],
          model: false,
          lines: [{
            nouns: ["Toothpaste"],
            brands: ["Colgate", "Crest", "Sensodyne", "Tom's of Maine", "Hello"],
            features: ["Whitening | Sensitive", "Mint | Charcoal", "Fluoride"],
            sizes: ["4 oz", "3-Pack"],
          }, {
            nouns: ["Mouthwash"],
            price: [4, 15],
            brands: ["Listerine", "Crest", "Colgate", "TheraBreath", "ACT"],
            features: ["Alcohol-Free", "Cool Mint | Fresh Mint", "Whitening"],
            sizes: ["500 mL", "1 L"],
          }],
        },
        deodorant: {
          since: 2,
          price: [4, 20],
          lines: [{
            // The aluminum is what makes an antiperspirant.
            nouns: ["Antiperspirant"],
            brands: ["Dove", "Secret", "Degree", "Old Spice"],
            features: ["Unscented | Fresh", "48-Hour | 72-Hour"],
          }, {
            nouns: ["Deodorant"],
            brands: ["Native", "Dove", "Old Spice", "Secret"],
            features: ["Aluminum-Free", "Unscented | Coconut | Eucalyptus", "48-Hour"],
          }],
          model: false,
        },
        scales: {
          nouns: ["Bathroom Scale", "Smart Scale"],
          price: [15, 150],
          brands: ["Withings", "Eufy", "Renpho", "Etekcity", "Garmin"],
          features: ["Digital", "Smart", "Bluetooth | Wi-Fi", "Body Fat"],
        },
        massagers: {
          nouns: ["Massage Gun", "Massager"],
          price: [30, 400],
          brands: ["Theragun", "Hyperice", "Renpho", "Homedics"],
          features: ["Percussion", "Deep Tissue", "Portable", "Quiet"],
        },
        ear_plugs: {
          since: 6,
          price: [5, 50],
          lines: [{
            nouns: ["Ear Plugs", "Foam Ear Plugs", "Earplugs"],
            price: [5, 20],
            brands: ["Mack's", "Howard Leight", "Flents"],
            features: ["Disposable", "Soft"],
            sizes: ["50 Pairs", "100 Pairs"],
          }, {
            nouns: ["Reusable Ear Plugs", "Earplugs"],
            price: [20, 50],
            brands: ["Loop", "Eargasm", "Flare Audio"],
            features: ["Sleep | Concert | Travel", "Reusable"],
          }],
          model: false,
        },
        cotton_swabs: {
          since: 6,
          price: [3, 15],
          lines: [{
            nouns: ["Cotton Swabs"],
            brands: ["Q-tips", "Swisspers", "Amazon Basics", "Solimo", "Equate", "Care Touch", "Organyc"],
            features: [
              "100% Cotton",
              "Organic",
              "Biodegradable",
              "Precision Tip | Double-Tipped",
              "Bamboo Stem | Plastic-Free",
            ],
          }, {
            nouns: ["Cotton Balls", "Cotton Rounds"],
            brands: ["Swisspers", "Amazon Basics", "Solimo", "Equate", "Organyc"],
            features: ["100% Cotton", "Organic", "Jumbo | Large | Square", "Lint-Free", "Hypoallergenic"],
          }],
          sizes: ["500 Count", "3-Pack", "100 Count", "200 Count", "2-Pack"],
          model: false,
        },
        water_flossers: {
          since: 7,
          nouns: ["Water Flosser", "Cordless Water Flosser", "Oral Irrigator"],
          price: [30, 100],
          brands: ["Waterpik", "Philips Sonicare", "Oral-B", "Panasonic"],
          features: ["Rechargeable", "Multiple Pressure Settings", "Waterproof"],
        },
        kids_toothbrushes: {
          since: 7,
          nouns: ["Kids Electric Toothbrush", "Kids Toothbrush"],
          price: [8, 50],
          brands: ["Oral-B", "Philips Sonicare", "Colgate", "Quip"],
          features: ["Built-In Timer", "Soft Bristles"],
          model: false,
        },
      },
    },
    vitamins: {
      leaves: {
        multivitamins: {
          price: [8, 50],
          sizes: ["60 Count", "90 Count", "120 Count"],
          lines: [{
            nouns: ["Multivitamin"],
            brands: ["Nature Made", "Centrum", "One A Day", "Garden of Life", "Ritual", "Olly"],
            features: ["Women's | Men's | Kids", "Gummy", "Daily", "Vegan"],
          }, {
            nouns: ["Fish Oil", "Omega-3 Fish Oil"],
            price: [10, 40],
            brands: ["Nature Made", "Nordic Naturals", "Kirkland Signature", "Garden of Life"],
            features: ["1000mg | 1200mg", "Softgels", "Burpless"],
          }, {
            nouns: ["Vitamin D", "Vitamin C"],
            price: [6, 30],
            brands: ["Nature Made", "NOW Foods", "Garden of Life", "Kirkland Signature", "Olly"],
            features: ["Gummy | Softgels | Chewable", "Immune Support", "Vegan"],
          }, {
            nouns: ["Probiotic"],
            price: [15, 50],
            brands: ["Culturelle", "Align", "Garden of Life", "Florastor", "Olly"],
            features: ["Women's | Men's | Kids", "Daily", "Dairy-Free"],
          }],
        },
        protein: {
          price: [15, 90],
          lines: [{
            nouns: ["Protein Powder", "Whey Protein"],
            price: [20, 90],
            brands: ["Optimum Nutrition", "Dymatize", "MuscleTech", "Myprotein", "Isopure"],
            features: ["Chocolate | Vanilla | Unflavored | Cookies & Cream", "Grass-Fed", "Isolate"],
            sizes: ["2 lb", "5 lb"],
          }, {
            nouns: ["Protein Bar", "Protein Bars"],
            price: [15, 40],
            brands: ["Quest", "RXBAR", "Barebells", "ONE", "Clif Builders"],
            features: ["Chocolate Chip | Peanut Butter | Cookies & Cream", "Gluten-Free", "Low Sugar"],
            sizes: ["12-Pack"],
          }],
        },
      },
    },
    medical: {
      model: true,
      leaves: {
        braces: {
          since: 5,
          nouns: ["Knee Brace", "Wrist Brace", "Back Brace", "Ankle Brace"],
          price: [12, 120],
          brands: ["Mueller", "Bauerfeind", "McDavid", "ACE", "Shock Doctor"],
          features: ["Compression", "Adjustable", "S | M | L | XL"],
          model: false,
        },
        pill_organizers: {
          since: 5,
          nouns: ["Pill Organizer", "Weekly Pill Organizer", "Pill Box"],
          price: [5, 40],
          brands: ["EZY DOSE", "Sagely", "MEDca", "Apex"],
          features: ["AM/PM", "7-Day | 14-Day", "Travel"],
          model: false,
        },
        blood_pressure: {
          nouns: ["Blood Pressure Monitor"],
          price: [25, 120],
          brands: ["Omron", "Withings", "iHealth", "Greater Goods", "Welch Allyn"],
          features: ["Upper Arm | Wrist", "Bluetooth", "Digital", "Automatic"],
        },
        thermometers: {
          nouns: ["Thermometer", "Digital Thermometer"],
          price: [8, 60],
          brands: ["Braun", "Vicks", "iProven", "Kinsa", "Exergen"],
          features: ["Forehead | Ear | Oral", "Digital", "Infrared", "Fast-Read"],
        },
        first_aid: {
          nouns: ["First Aid Kit"],
          price: [10, 60],
          brands: ["Johnson & Johnson", "Adventure Medical", "Surviveware", "Red Cross"],
          features: ["100-Piece | 200-Piece | 300-Piece", "Compact", "Waterproof", "Travel"],
          model: false,
          lines: [{}, {
            nouns: ["Bandages", "Adhesive Bandages"],
            price: [3, 15],
            brands: ["Band-Aid", "Curad", "Nexcare", "Welly"],
            features: ["Waterproof", "Flexible Fabric", "Assorted Sizes"],
            sizes: ["30 Count", "100 Count"],
          }],
        },
        pulse_oximeters: {
          nouns: ["Pulse Oximeter"],
          price: [15, 60],
          brands: ["Zacurate", "Masimo", "iHealth", "Wellue", "Innovo"],
          features: ["Fingertip", "Bluetooth", "OLED", "Portable"],
        },
      },
    },
  },
};

function resolveLine(path: string, line: LineSpec, leaf: LeafSpec, sub: SubcategorySpec): ProductLine {
  const nouns = line.nouns ?? leaf.nouns;
  const brands = line.brands ?? leaf.brands ?? sub.brands;
  const price = line.price ?? leaf.price;
  if (!nouns?.length || !brands?.length || !price) {
    throw new Error(`taxonomy: ${path} lacks nouns, brands or price`);
  }
  const features = line.features ?? leaf.features ?? sub.features ?? [];
  return {
    nouns,
    brands,
    featureGroups: features.map((group) => group.split(" | ")),
    price,
    sizes: line.sizes ?? leaf.sizes ?? sub.sizes ?? [],
    modelCodes: line.model ?? leaf.model ?? sub.model ?? false,
  };
}

const union = <T>(xs: Iterable<T>): T[] => [...new Set(xs)];

function build(): Leaf[] {
  const leaves: Leaf[] = [];
  for (const [dept, subs] of Object.entries(SPEC)) {
    for (const [subName, sub] of Object.entries(subs)) {
      for (const [leafName, spec] of Object.entries(sub.leaves)) {
        const path = `${dept}.${subName}.${leafName}`;
        const lines = (spec.lines ?? [{}]).map((line) => resolveLine(path, line, spec, sub));
        leaves.push({
          path,
          nouns: union(lines.flatMap((l) => l.nouns)),
          price: [Math.min(...lines.map((l) => l.price[0])), Math.max(...lines.map((l) => l.price[1]))],
          brands: union(lines.flatMap((l) => l.brands)),
          features: union(lines.flatMap((l) => l.featureGroups.flat())),
          lines,
          since: spec.since ?? 1,
          ...(sub.kind ? { kind: sub.kind } : {}),
        });
      }
    }
  }
  return leaves;
}

/** Every leaf category, in a stable order. */
export const LEAVES: readonly Leaf[] = build();

const LEAF_BY_PATH = new Map(LEAVES.map((l) => [l.path, l]));
/** The leaf at a category path, or `undefined` for none (a level's path, or a test's made-up one). */
export function leafAt(path: string): Leaf | undefined {
  return LEAF_BY_PATH.get(path);
}

let kindHeads: Set<string> | undefined;
/**
 * Whether an analysed word is the last word of a kind the catalog names ("grill",
 * "comforter", "turntable"): a word that can be the thing asked for.
 */
export function isKindHead(word: string): boolean {
  return (kindHeads ??= new Set(LEAVES.flatMap((l) => l.nouns.map((n) => analyze(n).at(-1) ?? "")))).has(
    word,
  );
}
